using Beryl.Dashboard.Settings;
using MimeKit;

namespace Beryl.Dashboard.Email;

/// <summary>How the connection to the SMTP server is secured (MailKit's SecureSocketOptions).</summary>
public enum SmtpSecurity
{
    /// <summary>Implicit TLS on port 465, STARTTLS elsewhere when the server offers it.</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}
