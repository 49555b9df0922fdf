namespace Beryl.Dashboard.BerylData;

public enum EmailStatus { Pending, Sent, Failed }

/// <summary>Beryl's outbound mail log.</summary>
public class EmailMessage
{
    public int Id { get; set; }
    public string To { get; set; } = "";
    /// <summary>welcome, reservation, marketing...</summary>
    public string Kind { get; set; } = "";
    public EmailStatus Status { get; set; } = EmailStatus.Pending;
    public DateTime Created { get; set; }
    public DateTime? SentAt { get; set; }
    public string? Error { get; set; }
}
