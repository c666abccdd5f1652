package ru.nko.platform.actionplans;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Progress notes of plan items. */
interface ActionPlanProgressRepository extends JpaRepository<ActionPlanProgress, Long> {

	List<ActionPlanProgress> findByItemIdInOrderByCreatedAtDesc(Collection<Long> itemIds);

}
