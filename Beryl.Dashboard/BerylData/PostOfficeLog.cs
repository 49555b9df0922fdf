namespace Beryl.Dashboard.BerylData;

/// <summary>
/// django-post_office's delivery log (<c>post_office_log</c>): one row per attempt to send an e-mail, with the
/// error of a failed attempt (<see cref="Status"/> 1, <see cref="BerylChoices.EmailFailed"/>) in
/// <see cref="ExceptionType"/> and <see cref="Message"/>.
/// </summary>
public class PostOfficeLog
{
    public int Id { get; set; }
    public int EmailId { get; set; }
    public PostOfficeEmail? Email { get; set; }
    public DateTime Date { get; set; }
    public short Status { get; set; }
    public string ExceptionType { get; set; } = "";
    public string Message { get; set; } = "";
}
