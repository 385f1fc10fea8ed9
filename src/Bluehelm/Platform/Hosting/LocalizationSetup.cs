using Bluehelm.Platform.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Platform.Hosting;

/// <summary>English and French: the culture from the switch's cookie, else the browser's languages.</summary>
internal static class LocalizationSetup
{
    public static IServiceCollection AddBluehelmLocalization(this IServiceCollection services)
    {
        // French pages would otherwise escape every accented letter (&#xE9;), which bloats pages on a satellite link.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en").AddSupportedCultures([.. Cultures.Supported]).AddSupportedUICultures([.. Cultures.Supported]);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = Cultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
