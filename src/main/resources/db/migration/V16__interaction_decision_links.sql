-- A meeting's decision may refer to a problem and to an item of the municipality's action plan.
alter table meeting_decision
    add constraint meeting_decision_problem_fk foreign key (problem_id) references problem (id),
    add constraint meeting_decision_plan_item_fk foreign key (plan_item_id) references action_plan_item (id);
