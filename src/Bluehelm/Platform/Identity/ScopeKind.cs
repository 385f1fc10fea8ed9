namespace Bluehelm.Platform.Identity;

/// <summary>The kinds of scope a user can hold.</summary>
public enum ScopeKind
{
    /// <summary>A peacekeeping mission, by code (MINUSCA).</summary>
    Mission = 1,

    /// <summary>A member state, by ISO 3166-1 alpha-2 code (SN).</summary>
    MemberState = 2,

    /// <summary>A unit a commander commands, by unit id (32 hex digits).</summary>
    Unit = 3,
}
