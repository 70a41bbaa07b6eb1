create table organizations (
    uri         text primary key,
    name        text        not null,
    description text,
    admin_team  text        not null,
    tags        text[]      not null default '{}',
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    archived_at timestamptz
);
create unique index organizations_active_name_idx on organizations (lower(name)) where archived_at is null;
create index organizations_admin_team_idx on organizations (admin_team);

create table organization_teams (
    organization_uri text        not null references organizations (uri) on delete cascade,
    team             text        not null,
    permissions      text[]      not null,
    invited_by       text        not null,
    invited_at       timestamptz not null default now(),
    primary key (organization_uri, team)
);
create index organization_teams_team_idx on organization_teams (team);
