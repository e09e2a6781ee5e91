-- The template store (org.gongwen.store.PostgresTemplateStore): bureaus, the hashes of their tokens,
-- every version of every stored template (immutable, named by the SHA-256 of its bytes) and which one
-- is published. Several replicas share these tables; template_store_revision tells them when to reload.

create table bureaus (
    id      text primary key check (id ~ '^[a-z0-9-]{1,40}$'),
    name    text not null,
    created timestamptz not null
);

-- A token is never kept, only its SHA-256 (org.gongwen.store.Tokens.hash).
create table bureau_tokens (
    bureau_id  text not null references bureaus (id),
    label      text not null,
    token_hash char(64) not null,
    created    timestamptz not null,
    primary key (bureau_id, label)
);

-- The bytes of a version, once however many templates keep them.
create table template_blobs (
    hash    char(64) primary key,
    content bytea not null
);

-- A stored template: "name" (the deployment's, no bureau) or "bureau/name".
create table templates (
    id             text primary key,
    bureau_id      text references bureaus (id),
    published_hash char(64),
    check ((bureau_id is null and position('/' in id) = 0) or left(id, length(bureau_id) + 1) = bureau_id || '/')
);

-- seq orders a template's versions oldest first.
create table template_versions (
    template_id text not null references templates (id),
    hash        char(64) not null references template_blobs (hash),
    created     timestamptz not null,
    author      text not null,
    adopted     boolean not null,
    size        bigint not null,
    seq         bigserial not null unique,
    primary key (template_id, hash)
);

alter table templates add foreign key (id, published_hash) references template_versions (template_id, hash);

-- Every publish (hash) and unpublish (null hash), in order.
create table publications (
    seq         bigserial primary key,
    template_id text not null references templates (id),
    hash        char(64),
    author      text not null,
    at          timestamptz not null,
    foreign key (template_id, hash) references template_versions (template_id, hash)
);
create index publications_by_template on publications (template_id, seq);

-- One row, raised by every publish in the same transaction: what replicas poll (a max(seq) could miss
-- a publication whose sequence number was taken before another's but committed after it).
create table template_store_revision (
    one      boolean primary key default true check (one),
    revision bigint not null
);
insert into template_store_revision (revision) values (0);
