-- What was done about an item: verification, responses, escalation, closure with its outcome.
create table intelligence_responses (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    item_id        bigint not null references intelligence_items (id) on delete cascade,
    kind           text not null check (kind in ('VERIFIED', 'RESPONSE', 'ESCALATION', 'CLOSURE', 'ERASURE')),
    text           text not null default '' check (length(text) <= 4000),
    by_user_id     bigint references users (id),
    by_name        text not null,
    at             timestamptz not null default now()
);

create index intelligence_responses_item on intelligence_responses (item_id, at);
