package ru.nko.platform.problems;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Files attached to problems. */
interface ProblemAttachmentRepository extends JpaRepository<ProblemAttachment, Long> {

	List<ProblemAttachment> findByProblemIdOrderByIdAsc(long problemId);

}
