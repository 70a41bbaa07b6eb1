-- a request by a team (or one of its consumption principals, principal_uri) in an environment for a dataset
create table shares (
    uri             text primary key,
    dataset_uri     text        not null,
    environment_uri text        not null,
    requester_team  text        not null,
    principal_uri   text,
    status          text        not null,
    request_purpose text,
    reject_purpose  text,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
-- one live request per dataset and principal; principal_uri null means the team itself
create unique index shares_principal_idx on shares (dataset_uri, environment_uri, requester_team, coalesce(principal_uri, ''))
    where status <> 'DELETED';
create index shares_dataset_idx on shares (dataset_uri);
create index shares_requester_idx on shares (requester_team);

create table share_items (
    uri              text primary key,
    share_uri        text        not null references shares (uri) on delete cascade,
    item_type        text        not null,
    item_uri         text        not null,
    item_name        text        not null,
    status           text        not null,
    filter_uri       text,
    failure          text,
    health_status    text,
    health_message   text,
    last_verified_at timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create unique index share_items_live_idx on share_items (share_uri, item_uri) where status <> 'DELETED';
create index share_items_item_idx on share_items (item_uri);

-- every move of an item, for its share history
create table share_item_events (
    id          bigserial primary key,
    share_uri   text        not null references shares (uri) on delete cascade,
    item_uri    text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    message     text,
    at          timestamptz not null default now()
);
create index share_item_events_item_idx on share_item_events (item_uri, id);

-- each processing, verify or re-apply run of a share, with the log its approvers read
create table share_runs (
    uri          text primary key,
    share_uri    text        not null references shares (uri) on delete cascade,
    kind         text        not null,
    status       text        not null,
    requested_by text        not null,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz
);
create index share_runs_share_idx on share_runs (share_uri, started_at desc);

create table share_run_log (
    id      bigserial primary key,
    run_uri text        not null references share_runs (uri) on delete cascade,
    at      timestamptz not null default now(),
    level   text        not null,
    message text        not null
);
create index share_run_log_run_idx on share_run_log (run_uri, id);
