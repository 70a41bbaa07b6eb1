-- glossaries as trees: a glossary node at the root, categories and terms below it
create table glossary_nodes (
    uri          text primary key,
    glossary_uri text        not null,
    parent_uri   text references glossary_nodes (uri) on delete cascade,
    kind         text        not null,
    name         text        not null,
    description  text,
    owner_team   text,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create unique index glossary_names_idx on glossary_nodes (lower(name)) where kind = 'GLOSSARY';
create unique index glossary_terms_idx on glossary_nodes (glossary_uri, lower(name)) where kind = 'TERM';
create unique index glossary_categories_idx on glossary_nodes (parent_uri, lower(name)) where kind = 'CATEGORY';
create index glossary_nodes_glossary_idx on glossary_nodes (glossary_uri);

-- a term linked to a dataset, table or folder; it counts once the glossary's owner team approved it
create table glossary_links (
    uri         text primary key,
    term_uri    text        not null references glossary_nodes (uri) on delete cascade,
    target_type text        not null,
    target_uri  text        not null,
    approved    boolean     not null default false,
    linked_by   text        not null,
    linked_at   timestamptz not null default now(),
    approved_by text,
    approved_at timestamptz
);
create unique index glossary_links_target_idx on glossary_links (target_type, target_uri, term_uri);
create index glossary_links_term_idx on glossary_links (term_uri);

create table votes (
    target_type text        not null,
    target_uri  text        not null,
    username    text        not null,
    voted_at    timestamptz not null default now(),
    primary key (target_type, target_uri, username)
);
