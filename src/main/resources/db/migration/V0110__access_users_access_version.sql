-- A counter per user that changes, in the same transaction, whenever anything NM Hub keeps of the signed-in user
-- (CurrentUser: the account, its organisation, its memberships and their partnerships) changes. Each request reads
-- only this number and takes the rest from memory when the number is the one it loaded (docs/adr/0030), so a
-- revoked membership, a changed role or a disabled account still takes effect on the very next request, on every
-- app instance. Triggers rather than application code keep the counter, so that no write path can forget it.
alter table users add column access_version bigint not null default 0;

create function users_bump_access_version() returns trigger language plpgsql as $$
begin
    new.access_version := old.access_version + 1;
    return new;
end $$;

create trigger users_access_version before update on users
    for each row execute function users_bump_access_version();

create function memberships_bump_access_version() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update users set access_version = access_version + 1 where id = old.user_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update users set access_version = access_version + 1 where id = new.user_id;
    end if;
    return null;
end $$;

create trigger memberships_access_version after insert or update or delete on memberships
    for each row execute function memberships_bump_access_version();

create function partnerships_bump_access_version() returns trigger language plpgsql as $$
begin
    update users set access_version = access_version + 1
    where id in (select m.user_id from memberships m where m.partnership_id = old.id);
    return null;
end $$;

create trigger partnerships_access_version after update or delete on partnerships
    for each row execute function partnerships_bump_access_version();

create function organisations_bump_access_version() returns trigger language plpgsql as $$
begin
    update users set access_version = access_version + 1 where organisation_id = old.id;
    return null;
end $$;

create trigger organisations_access_version after update or delete on organisations
    for each row execute function organisations_bump_access_version();
