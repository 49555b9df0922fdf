namespace Beryl.Dashboard.Email;

/// <summary>What happened to the report for one recipient.</summary>
public sealed record RecipientOutcome(string Recipient, DeliveryStatus Status, string Detail);
