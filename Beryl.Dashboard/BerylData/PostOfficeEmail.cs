namespace Beryl.Dashboard.BerylData;

/// <summary>
/// django-post_office's queue (<c>post_office_email</c>): <see cref="Status"/> 0 sent, 1 failed, 2 queued,
/// 3 requeued, NULL not dispatched yet (<see cref="BerylChoices"/>).
/// </summary>
public class PostOfficeEmail
{
    public int Id { get; set; }
    public string FromEmail { get; set; } = "";
    public string To { get; set; } = "";
    public string Cc { get; set; } = "";
    public string Bcc { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Message { get; set; } = "";
    public string HtmlMessage { get; set; } = "";
    public short? Status { get; set; }
    public short? Priority { get; set; }
    public DateTime Created { get; set; }
    public DateTime LastUpdated { get; set; }
    public DateTime? ScheduledTime { get; set; }
    public int? NumberOfRetries { get; set; }
    public string BackendAlias { get; set; } = "";

    /// <summary>Its delivery attempts, the last failed one's error shown with a failed e-mail.</summary>
    public List<PostOfficeLog> Logs { get; set; } = [];
}
