-- author is what readers see (username or consumption principal name); author_id who may delete the message
-- (username or consumption principal URI: consumption principal names are unique per environment only)
create table chat_messages (
    uri         text primary key,
    target_type text        not null,
    target_uri  text        not null,
    author      text        not null,
    author_id   text        not null,
    author_kind text        not null,
    body        text        not null,
    created_at  timestamptz not null default now()
);
create index chat_messages_feed_idx on chat_messages (target_type, target_uri, created_at desc, uri);
