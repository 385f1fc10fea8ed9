namespace Bluehelm.Platform.Sealing;

/// <summary>
/// The database holds sealed values the sealing keys folder cannot read (the folder is missing, empty,
/// or another one): Bluehelm stops rather than make new keys and lose every identity.
/// </summary>
public sealed class SealingKeysException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
