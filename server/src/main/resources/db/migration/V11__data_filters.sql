-- a profiling run made for a reader who reads through a data filter profiles what the filter shows, and is shown
-- only to readers through the same filter; null for runs over the whole table
alter table dataset_jobs add column filter_uri text;
create index dataset_jobs_filter_idx on dataset_jobs (filter_uri) where filter_uri is not null;
