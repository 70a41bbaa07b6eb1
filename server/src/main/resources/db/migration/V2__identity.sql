create table teams (
    name       text primary key,
    source     text        not null,
    created_at timestamptz not null default now()
);

create table team_permissions (
    team       text not null references teams (name) on delete cascade,
    permission text not null,
    primary key (team, permission)
);

create table users (
    username      text primary key,
    display_name  text        not null,
    email         text,
    password_hash text,
    source        text        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create table memberships (
    username text not null references users (username) on delete cascade,
    team     text not null references teams (name) on delete cascade,
    primary key (username, team)
);
create index memberships_team_idx on memberships (team);
