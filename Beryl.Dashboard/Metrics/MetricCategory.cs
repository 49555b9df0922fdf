namespace Beryl.Dashboard.Metrics;

public enum MetricCategory { Users, Collections, Items, Links, Storage, Email, Moderation, Engagement, CollectionRun }
