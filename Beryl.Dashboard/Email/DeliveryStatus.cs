namespace Beryl.Dashboard.Email;

public enum DeliveryStatus
{
    /// <summary>Accepted by the mail server (or written to the outbox) in this run.</summary>
    Delivered,
    /// <summary>Accepted in an earlier run of the same day: not mailed again.</summary>
    AlreadyDelivered,
    /// <summary>Not accepted; a retry tries again.</summary>
    Failed,
    /// <summary>Not an email address: no retry can help, so it does not fail the run.</summary>
    InvalidAddress,
}
