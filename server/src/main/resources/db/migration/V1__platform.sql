create table audit_log (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    username    text        not null,
    acting_team text,
    action      text        not null,
    method      text        not null,
    path        text        not null,
    target      text,
    status      int         not null,
    outcome     text        not null
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_username_idx on audit_log (username, at desc);
create index audit_log_action_idx on audit_log (action, at desc);

create table maintenance_window (
    id         int primary key check (id = 1),
    mode       text        not null,
    status     text        not null,
    started_by text,
    started_at timestamptz,
    updated_at timestamptz not null default now()
);
insert into maintenance_window (id, mode, status) values (1, 'NONE', 'INACTIVE');

-- db-scheduler's table, as its PostgreSQL schema defines it
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create table task_runs (
    id            bigserial primary key,
    task_name     text        not null,
    task_instance text        not null,
    node          text        not null,
    status        text        not null,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    error         text
);
create index task_runs_started_idx on task_runs (started_at desc);

create table provisioning_records (
    target_uri  text primary key,
    target_type text        not null,
    status      text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table provisioning_log (
    id         bigserial primary key,
    target_uri text        not null references provisioning_records (target_uri) on delete cascade,
    at         timestamptz not null default now(),
    level      text        not null,
    message    text        not null
);
create index provisioning_log_target_idx on provisioning_log (target_uri, id);
