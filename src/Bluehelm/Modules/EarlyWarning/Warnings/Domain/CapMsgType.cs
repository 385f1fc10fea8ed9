namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>CAP 1.2 <c>msgType</c> of an issued message (§3.2.1): the first issue, a new version, a cancellation.</summary>
public enum CapMsgType
{
    Alert = 1,
    Update = 2,
    Cancel = 3,
}
