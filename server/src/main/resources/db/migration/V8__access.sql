-- a table's named views for consumers: some of its columns (all when none are listed), the rows a predicate keeps
create table data_filters (
    uri            text primary key,
    dataset_uri    text        not null,
    table_uri      text        not null,
    name           text        not null,
    description    text,
    columns        text[]      not null,
    row_expression text,
    created_by     text        not null,
    created_at     timestamptz not null default now()
);
create unique index data_filters_name_idx on data_filters (table_uri, lower(name));
create index data_filters_dataset_idx on data_filters (dataset_uri);

-- Read on a table, a folder (its prefix) or a whole dataset, to a team or a consumption principal; written and
-- removed by what the grant comes from (a share item), one grant per source
create table grants (
    uri          text primary key,
    dataset_uri  text        not null,
    object_type  text        not null,
    object_uri   text        not null,
    prefix       text,
    grantee_type text        not null,
    grantee_id   text        not null,
    filter_uri   text references data_filters (uri),
    source       text        not null,
    granted_by   text        not null,
    granted_at   timestamptz not null default now()
);
create unique index grants_source_idx on grants (source);
create index grants_grantee_idx on grants (grantee_type, grantee_id, dataset_uri);
create index grants_object_idx on grants (object_uri);
create index grants_dataset_idx on grants (dataset_uri);
create index grants_filter_idx on grants (filter_uri);
