-- one row per recipient, so that each reads their copy on their own; recipient is a username of the identity module.
-- clock_timestamp, not now(): notifications sent in one transaction are listed in the order they were sent
create table notifications (
    uri         text primary key,
    recipient   text        not null,
    kind        text        not null,
    subject     text        not null,
    message     text        not null,
    target_type text,
    target_uri  text,
    created_at  timestamptz not null default clock_timestamp(),
    read_at     timestamptz
);
create index notifications_inbox_idx on notifications (recipient, created_at desc, uri);
create index notifications_unread_idx on notifications (recipient) where read_at is null;
