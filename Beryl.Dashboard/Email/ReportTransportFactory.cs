using Beryl.Dashboard.Settings;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Email;

/// <summary>Opens the transport the settings ask for: SMTP when <see cref="EmailOptions.Host"/> is set, else the outbox folder.</summary>
public sealed class ReportTransportFactory(IOptions<EmailOptions> options, DataFolder data, ILoggerFactory loggers)
{
    public string OutboxPath => data.File(OutboxFolderTransport.FolderName);

    public IReportTransport Open() => options.Value.UsesSmtp
        ? new SmtpReportTransport(options.Value, loggers.CreateLogger<SmtpReportTransport>())
        : new OutboxFolderTransport(OutboxPath, loggers.CreateLogger<OutboxFolderTransport>());
}
