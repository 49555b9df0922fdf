namespace Beryl.Dashboard.Email;

public static class EmailServiceRegistration
{
    /// <summary>The report email: rendering, recipients, delivery record, transports and <see cref="DailyReportMailer"/>.</summary>
    public static IServiceCollection AddReportEmail(this IServiceCollection services)
    {
        services.AddSingleton<ReportEmailRenderer>();
        services.AddSingleton<ReportMessageFactory>();
        services.AddSingleton<ReportRecipients>();
        services.AddSingleton<ReportDeliveryLog>();
        services.AddSingleton<ReportTransportFactory>();
        services.AddSingleton<DailyReportMailer>();
        return services;
    }
}
