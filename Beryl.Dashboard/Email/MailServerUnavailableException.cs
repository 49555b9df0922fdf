namespace Beryl.Dashboard.Email;

/// <summary>The mail server cannot be reached or refuses the session: no message of this run can go out.</summary>
public sealed class MailServerUnavailableException(string message, Exception inner) : Exception(message, inner);
