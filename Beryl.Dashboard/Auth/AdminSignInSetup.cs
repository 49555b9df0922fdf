using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Beryl.Dashboard.Settings;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// Who gets in, wired in one place: cookie sign-in of Beryl users, the admin policy as the rule for every
/// endpoint that does not say otherwise, the anonymous exceptions (/login, /logout, /health), security headers.
/// </summary>
public static class AdminSignInSetup
{
    public const string CookieName = "beryl-dashboard";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>Signed in, and a Beryl admin: the session carries <see cref="AdminAccess.Role"/>.</summary>
    public static readonly AuthorizationPolicy AdminPolicy = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireRole(AdminAccess.Role)
        .Build();

    public static IServiceCollection AddAdminSignIn(this IServiceCollection services)
    {
        // The keys that encrypt the session and antiforgery cookies live with the data, so a restart or a
        // new container keeps sessions valid, and each data folder (each test) has its own; on PostgreSQL in the
        // shared database, so a session works on every instance.
        services.AddDataProtection().SetApplicationName("Beryl.Dashboard");
        services.AddOptions<KeyManagementOptions>().Configure<DataFolder, DatabaseSettings, ILoggerFactory>((options, data, databases, loggers) =>
            options.XmlRepository = databases.Provider == DatabaseProvider.Postgres
                ? new PostgresKeyRepository(databases.Dashboard)
                : new FileSystemXmlRepository(new DirectoryInfo(data.File("keys")), loggers));

        services.AddSingleton<ISignInThrottle>(sp => sp.GetRequiredService<DatabaseSettings>() is { Provider: DatabaseProvider.Postgres } databases
            ? new PostgresSignInThrottle(databases.Dashboard, sp.GetRequiredService<TimeProvider>())
            : new SignInThrottle(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BerylAccounts>();
        services.AddSingleton<AdminSessions>();
        services.AddSingleton<HashCheckGate>();
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<AdminCookieEvents>();
        services.AddScoped<AdminCircuitGuard>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<AdminCircuitGuard>());

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = SessionLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = SignInEndpoints.LoginPath;
                options.LogoutPath = SignInEndpoints.LogoutPath;
                options.EventsType = typeof(AdminCookieEvents);
            });
        // The antiforgery cookie too is Secure under HTTPS, and never sent cross-site.
        services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminAccess.Policy, AdminPolicy)
            .SetDefaultPolicy(AdminPolicy)
            // Every endpoint without its own rule needs an admin: a new page or endpoint is closed by default.
            .SetFallbackPolicy(AdminPolicy);
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>Security headers, the circuit's origin check, then authentication and authorization; call before <c>UseAntiforgery</c>.</summary>
    public static WebApplication UseAdminSignIn(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseCircuitOriginCheck();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>POST /logout; the /login page is a Razor component (LoginPage).</summary>
    public static WebApplication MapAdminSignIn(this WebApplication app)
    {
        app.MapLogout();
        return app;
    }
}
