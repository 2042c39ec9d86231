-- An action plan that has left draft is frozen: its priorities, evidence and actions cannot be
-- changed in place (a change after agreement is a new version of the plan).
create function plans_refuse_change_to_frozen_plan() returns trigger language plpgsql as $$
declare
    plan bigint;
begin
    if tg_table_name = 'plan_evidence_links' then
        select plan_id into plan from plan_priorities where id = coalesce(new.priority_id, old.priority_id);
    elsif tg_table_name = 'plan_action_partners' then
        select plan_id into plan from plan_actions where id = coalesce(new.action_id, old.action_id);
    elsif tg_op = 'DELETE' then
        plan := old.plan_id;
    else
        plan := new.plan_id;
    end if;
    if exists (select 1 from action_plans where id = plan and status <> 'DRAFT') then
        raise exception 'action plan % is no longer a draft and cannot be changed in place', plan
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger plan_priorities_frozen before insert or update or delete on plan_priorities
    for each row execute function plans_refuse_change_to_frozen_plan();
create trigger plan_evidence_links_frozen before insert or update or delete on plan_evidence_links
    for each row execute function plans_refuse_change_to_frozen_plan();
create trigger plan_actions_frozen before insert or update or delete on plan_actions
    for each row execute function plans_refuse_change_to_frozen_plan();
create trigger plan_action_partners_frozen before insert or update or delete on plan_action_partners
    for each row execute function plans_refuse_change_to_frozen_plan();
