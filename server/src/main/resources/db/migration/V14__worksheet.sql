-- SQL worksheets of a team, run in an environment where the team may run worksheets
create table worksheets (
    uri             text primary key,
    name            text        not null,
    description     text,
    owner_team      text        not null,
    environment_uri text        not null,
    tags            text[]      not null default '{}',
    sql_text        text        not null default '',
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index worksheets_name_idx on worksheets (owner_team, lower(name));

-- every query run: the team's history, and where its whole result is kept for a while
create table worksheet_queries (
    uri             text primary key,
    worksheet_uri   text,
    team            text        not null,
    environment_uri text        not null,
    username        text        not null,
    sql_text        text        not null,
    status          text        not null,
    error           text,
    columns         jsonb,
    row_count       bigint,
    result_file     text,
    created_at      timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz
);
create index worksheet_queries_team_idx on worksheet_queries (team, created_at desc, uri);
create index worksheet_queries_kept_idx on worksheet_queries (finished_at) where result_file is not null;
