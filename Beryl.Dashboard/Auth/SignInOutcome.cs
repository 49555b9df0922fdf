using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Beryl.Dashboard.Auth;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Wrong email, wrong password, unusable password, disabled or banned: one answer for all.</summary>
    Refused,
    /// <summary>Too many failures from this client; the password was not even checked.</summary>
    Throttled,
    /// <summary>Too many sign-ins being checked at once (<see cref="HashCheckGate"/>); the password was not checked.</summary>
    Busy,
}
