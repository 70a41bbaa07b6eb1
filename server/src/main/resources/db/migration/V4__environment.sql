create table environments (
    uri                text primary key,
    organization_uri   text        not null,
    name               text        not null,
    description        text,
    region             text        not null,
    resource_prefix    text        not null,
    admin_team         text        not null,
    tags               text[]      not null default '{}',
    worksheets_enabled boolean     not null,
    dashboards_enabled boolean     not null,
    pipelines_enabled  boolean     not null,
    notebooks_enabled  boolean     not null,
    storage_root       text        not null,
    stack_status       text        not null default 'PENDING',
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create unique index environments_name_idx on environments (organization_uri, lower(name));
create index environments_admin_team_idx on environments (admin_team);

create table environment_teams (
    environment_uri text        not null references environments (uri) on delete cascade,
    team            text        not null,
    permissions     text[]      not null,
    invited_by      text        not null,
    invited_at      timestamptz not null default now(),
    primary key (environment_uri, team)
);
create index environment_teams_team_idx on environment_teams (team);

create table environment_kv_tags (
    environment_uri text not null references environments (uri) on delete cascade,
    key             text not null,
    value           text not null,
    primary key (environment_uri, key)
);

create table consumption_principals (
    uri              text primary key,
    environment_uri  text        not null references environments (uri) on delete cascade,
    name             text        not null,
    owner_team       text        not null,
    token_hash       text        not null unique,
    token_hint       text        not null,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    token_rotated_at timestamptz not null default now()
);
create unique index consumption_principals_name_idx on consumption_principals (environment_uri, lower(name));
