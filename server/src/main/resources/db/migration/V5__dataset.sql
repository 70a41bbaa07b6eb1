create table datasets (
    uri              text primary key,
    environment_uri  text        not null,
    organization_uri text        not null,
    region           text        not null,
    name             text        not null,
    description      text,
    owner_team       text        not null,
    stewards_team    text,
    confidentiality  text        not null,
    topics           text[]      not null,
    tags             text[]      not null,
    auto_approval    boolean     not null,
    storage_location text        not null,
    schema_name      text        not null,
    imported         boolean     not null,
    stack_status     text        not null default 'PENDING',
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create unique index datasets_name_idx on datasets (environment_uri, lower(name));
create unique index datasets_schema_idx on datasets (schema_name);
create unique index datasets_location_idx on datasets (storage_location);
create index datasets_owner_idx on datasets (owner_team);
create index datasets_stewards_idx on datasets (stewards_team);

create table dataset_kv_tags (
    dataset_uri text not null references datasets (uri) on delete cascade,
    key         text not null,
    value       text not null,
    primary key (dataset_uri, key)
);

create table dataset_tables (
    uri            text primary key,
    dataset_uri    text        not null references datasets (uri) on delete cascade,
    name           text        not null,
    location       text        not null,
    description    text,
    tags           text[]      not null default '{}',
    format         text        not null,
    reader_options jsonb       not null,
    status         text        not null,
    needs_crawl    boolean     not null default false,
    object_count   bigint      not null,
    total_bytes    bigint      not null,
    record_count   bigint,
    fingerprint    text        not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    synced_at      timestamptz not null default now()
);
create unique index dataset_tables_name_idx on dataset_tables (dataset_uri, name);
create unique index dataset_tables_location_idx on dataset_tables (dataset_uri, location);

create table dataset_table_columns (
    table_uri   text    not null references dataset_tables (uri) on delete cascade,
    position    int     not null,
    name        text    not null,
    type        text    not null,
    partition   boolean not null,
    description text,
    primary key (table_uri, name)
);

create table dataset_folders (
    uri         text primary key,
    dataset_uri text        not null references datasets (uri) on delete cascade,
    name        text        not null,
    prefix      text        not null,
    description text,
    tags        text[]      not null default '{}',
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create unique index dataset_folders_name_idx on dataset_folders (dataset_uri, lower(name));
create unique index dataset_folders_prefix_idx on dataset_folders (dataset_uri, prefix);

-- long work on a dataset: uploads, crawls, table syncs, profiling runs; each with a status, a percentage and a log
create table dataset_jobs (
    uri          text primary key,
    dataset_uri  text        not null references datasets (uri) on delete cascade,
    table_uri    text,
    kind         text        not null,
    status       text        not null,
    percent      int,
    parameters   jsonb       not null default '{}',
    result       jsonb,
    error        text,
    requested_by text        not null,
    created_at   timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz
);
create index dataset_jobs_dataset_idx on dataset_jobs (dataset_uri, kind, created_at desc);
create index dataset_jobs_table_idx on dataset_jobs (table_uri, kind, created_at desc);

create table dataset_job_log (
    id      bigserial primary key,
    job_uri text        not null references dataset_jobs (uri) on delete cascade,
    at      timestamptz not null default now(),
    level   text        not null,
    message text        not null
);
create index dataset_job_log_job_idx on dataset_job_log (job_uri, id);
