using Bluehelm.Platform.Identity;

namespace Bluehelm.Platform.Modules;

/// <summary>
/// A link in the main navigation. <paramref name="TextKey"/> is looked up in the module's resources
/// (<paramref name="Resource"/>, an English/French .resx pair); <paramref name="Policy"/> decides who
/// sees it; <paramref name="Order"/> places it among all modules' entries; <paramref name="OnHome"/>
/// also puts it on the home page.
/// </summary>
public sealed record NavEntry(string Href, string TextKey, Type Resource, int Order, string Policy = Policies.SignedIn, bool OnHome = false);
