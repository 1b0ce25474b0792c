using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Operators;
using TriageBot.Web.Apis;
using TriageBot.Web.Operators;
using TriageBot.Web.Records;

namespace TriageBot.Web.Extensions;

/// <summary>The operators' console: accounts, sign-in (local and OpenID Connect), policies, pages, retention.</summary>
public static class OperatorConsoleExtensions
{
    /// <summary>The cookie that holds an OpenID Connect sign-in, beside Identity's own for local accounts.</summary>
    public const string ExternalCookie = "Operators.External";
    private const string SignInScheme = "Operators";

    public static IServiceCollection AddOperatorConsole(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OperatorOptions.Section).Get<OperatorOptions>() ?? new OperatorOptions();
        services.AddSingleton(options);
        services.AddIdentityCore<OperatorAccount>(identity =>
            {
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
                identity.Lockout.AllowedForNewUsers = true;
                // Length over character classes, as NIST SP 800-63B advises.
                identity.Password.RequiredLength = options.MinimumPasswordLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
            })
            .AddUserStore<OperatorStore>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<OperatorClaimsFactory>();

        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = SignInScheme;
            o.DefaultChallengeScheme = SignInScheme;
        });
        // A request is authenticated by whichever cookie it carries; a challenge goes to the sign-in page.
        authentication.AddPolicyScheme(SignInScheme, null, o =>
        {
            o.ForwardDefaultSelector = context => context.Request.Cookies.ContainsKey($".AspNetCore.{ExternalCookie}") ? ExternalCookie : IdentityConstants.ApplicationScheme;
            o.ForwardChallenge = IdentityConstants.ApplicationScheme;
        });
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(Cookie));
        authentication.AddCookie(ExternalCookie, Cookie);
        if (options.OpenIdConnect.Enabled)
            authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, o => OpenIdConnect(o, options.OpenIdConnect));

        services.AddAuthorization(OperatorPolicies.Add);
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Operator", OperatorPolicies.Operator);
            pages.Conventions.AuthorizeFolder("/Operator/Admin", OperatorPolicies.Administrator);
            pages.Conventions.AllowAnonymousToPage("/Operator/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Operator/Setup");
            pages.Conventions.AllowAnonymousToPage("/Operator/Denied");
        });
        services.AddSingleton<ConsoleAudit>();
        services.AddSingleton<ConversationSummaries>();
        services.AddSingleton<ConsoleQueries>();
        services.AddSingleton<FirstAdministratorSetup>();
        services.AddHostedService(sp => sp.GetRequiredService<FirstAdministratorSetup>());
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        return services;
    }

    public static WebApplication MapOperatorConsole(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapOperatorApi();
        app.MapOperatorPagesApi(app.Services.GetRequiredService<OperatorOptions>());
        return app;
    }

    private static void Cookie(CookieAuthenticationOptions cookie)
    {
        cookie.LoginPath = "/operator/signin";
        cookie.LogoutPath = "/operator/signout";
        cookie.AccessDeniedPath = "/operator/denied";
        cookie.Cookie.Path = "/operator";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        // The console's JSON answers 401/403; only pages redirect to the sign-in page.
        cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(OperatorApi.Prefix))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void OpenIdConnect(OpenIdConnectOptions o, OpenIdConnectSettings settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        // The console may run on plain HTTP on a clinic's LAN; over HTTPS these cookies are secure.
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CallbackPath = "/operator/signin-oidc";
        o.SignedOutCallbackPath = "/operator/signout-oidc";
        o.SignInScheme = ExternalCookie;
        o.MapInboundClaims = false;
        o.TokenValidationParameters.NameClaimType = settings.NameClaim;
        o.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
        o.Events.OnRemoteFailure = context =>
        {
            // Back to the sign-in page with a plain message, rather than an error page.
            context.Response.Redirect("/operator/signin?failed=oidc");
            context.HandleResponse();
            return Task.CompletedTask;
        };
        o.Events.OnTokenValidated = async context =>
        {
            var identity = (ClaimsIdentity)context.Principal!.Identity!;
            var roles = identity.FindAll(settings.RoleClaim).Select(c => c.Value).ToList();
            var role = roles.Contains(settings.AdministratorRole) ? OperatorRoles.Administrator
                : roles.Contains(settings.OperatorRole) ? OperatorRoles.Operator : null;
            var audit = context.HttpContext.RequestServices.GetRequiredService<ConsoleAudit>();
            if (role is null)
            {
                await audit.WriteAsync(identity.Name ?? "unknown", AuditActions.SignInFailed, detail: "OpenID Connect: no TriageBot role");
                context.Fail("This account has no TriageBot role.");
                return;
            }

            identity.AddClaim(new Claim(ClaimTypes.Role, role));
            await audit.WriteAsync(identity.Name ?? "unknown", AuditActions.SignedIn, detail: "OpenID Connect");
        };
    }
}
