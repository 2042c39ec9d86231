-- E-mail queued by other modules in their own transactions, sent by a scheduled task.
create table mail_outbox (
    id bigserial primary key,
    recipient text not null,
    subject text not null,
    body text not null,
    created_at timestamp with time zone not null default now(),
    next_attempt_at timestamp with time zone not null default now(),
    attempts int not null default 0,
    sent_at timestamp with time zone,
    last_error text
);

create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null;
