using MimeKit;

namespace Beryl.Dashboard.Email;

/// <summary>A report message for one recipient, on its way out.</summary>
public sealed record OutgoingReport(DateOnly Day, string Recipient, MimeMessage Message);
