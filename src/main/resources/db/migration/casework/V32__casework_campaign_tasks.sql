-- Campaign tasks, the kit's first users, move onto casework: a task's case has the task's id; status, owner, due
-- date and the overdue flag move into casework_case, the progress reports into the timeline, and campaign_task keeps
-- what only the campaign knows (issuer, directive, requirement, title).
insert into casework_case (case_type, case_id, state, owner_organization_id, due_on, closed_on, overdue_since)
select 'campaign-task', t.id, t.status, t.owner_organization_id, t.due_on, t.completed_on, t.overdue_since
from campaign_task t;

insert into casework_timeline (case_type, case_id, happened_at, actor_username, actor_name, action, to_state,
                               message_key)
select 'campaign-task', t.id, cast(t.created_at as timestamp with time zone), t.created_by, t.created_by, 'open',
       'OPEN', 'campaign.task.timeline.assigned'
from campaign_task t
order by t.id;

-- task_progress did not keep the state before each report: from_state stays empty for these entries.
insert into casework_timeline (case_type, case_id, happened_at, actor_username, actor_name, action, to_state,
                               message_key, message_args, note)
select 'campaign-task', p.task_id, cast(p.created_at as timestamp with time zone), p.reported_by, p.reported_by,
       case when p.completes then 'complete' else 'report' end,
       case when p.completes then 'DONE' else 'IN_PROGRESS' end,
       case when p.completes and p.evidence is not null then 'campaign.task.timeline.completedWithEvidence'
            when p.completes then 'campaign.task.timeline.completed'
            when p.evidence is not null then 'campaign.task.timeline.reportedWithEvidence'
            else 'campaign.task.timeline.reported' end,
       p.evidence, p.note
from task_progress p
order by p.id;

insert into casework_timeline (case_type, case_id, happened_at, action, message_key, message_args)
select 'campaign-task', t.id, cast(cast(t.overdue_since as timestamp) as timestamp with time zone), 'overdue',
       'casework.timeline.overdue', cast(t.due_on as varchar(10))
from campaign_task t
where t.overdue_since is not null
order by t.id;

drop table task_progress;
drop index ix_campaign_task_owner;
drop index ix_campaign_task_due;
alter table campaign_task drop column status;
alter table campaign_task drop column owner_organization_id;
alter table campaign_task drop column due_on;
alter table campaign_task drop column overdue_since;
alter table campaign_task drop column completed_on;
