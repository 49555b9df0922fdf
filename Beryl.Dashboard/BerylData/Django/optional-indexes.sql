-- Optional indexes for Beryl Dashboard's nightly collection. Django does not create them and the dashboard never
-- does: an admin may apply this file to Beryl's database (SQLite or PostgreSQL; every statement is IF NOT EXISTS, so it
-- can run again). Each one lets a collector query read an index alone, in the order it groups by, instead of
-- visiting every row of the table; docs/PERFORMANCE.md shows what the whole file buys at Beryl's scale. Beryl itself
-- reads none of them; each costs a little on every insert into its table. Remove them with DROP INDEX by name.

-- items_by_status, items_by_type, items_created_*, items_total, favorite_items_total
CREATE INDEX IF NOT EXISTS beryl_dashboard_item_status ON web_collectionitem (status, item_type_id, created, is_deleted, is_favorite, collection_id);
-- collections_total, collections_by_visibility, collections_created_*
CREATE INDEX IF NOT EXISTS beryl_dashboard_collection_visibility ON web_collection (visibility, created, is_deleted);
-- attribute_usage, items_with_attributes_pct, avg_attributes_per_item
CREATE INDEX IF NOT EXISTS beryl_dashboard_value_item ON web_collectionitemattributevalue (item_id, item_attribute_id, created, is_deleted);
-- links_*, links_by_pattern
CREATE INDEX IF NOT EXISTS beryl_dashboard_link_pattern ON web_collectionitemlink (link_pattern_id, created, is_deleted, item_id);
-- items_with_links_pct
CREATE INDEX IF NOT EXISTS beryl_dashboard_link_item ON web_collectionitemlink (item_id, created, is_deleted);
-- items_with_images_pct
CREATE INDEX IF NOT EXISTS beryl_dashboard_item_image_item ON web_collectionitemimage (item_id, created, is_deleted);
-- media_orphaned: the look-ups from every media file into both image tables
CREATE INDEX IF NOT EXISTS beryl_dashboard_item_image_file ON web_collectionitemimage (media_file_id, created, is_deleted, item_id);
CREATE INDEX IF NOT EXISTS beryl_dashboard_collection_image_file ON web_collectionimage (media_file_id, created, is_deleted, collection_id);
-- moderation_flagged, moderation_pending
CREATE INDEX IF NOT EXISTS beryl_dashboard_media_moderation ON web_mediafile (content_moderation_status, created, is_deleted);
-- emails_*
CREATE INDEX IF NOT EXISTS beryl_dashboard_email_status ON post_office_email (status, created);
