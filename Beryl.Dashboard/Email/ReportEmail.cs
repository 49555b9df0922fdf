namespace Beryl.Dashboard.Email;

/// <summary>The daily report of a day, rendered once and sent to every recipient.</summary>
public sealed record ReportEmail(DateOnly Day, string Subject, string Html, string Text);
