namespace Bluehelm.Platform.Sealing;

/// <summary>A sealed value could not be read: its key is gone, or it was changed. Never carries the value.</summary>
public sealed class SealedValueException(string message, Exception? inner = null) : Exception(message, inner);
