namespace Beryl.Dashboard.Metrics.Report;

public enum Severity { None, Warning, Critical }
