package ru.nko.platform.problems;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import ru.nko.platform.system.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workflow of a problem: which moves are allowed, and that each leaves a dated,
 * attributed step.
 */
class ProblemRulesTests {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private static Problem problem() {
		return new Problem(1, 2L, new ProblemCategory("PREMISES", "Помещения", 10), "Нет помещения", "Описание",
				"Автор", T0);
	}

	@Test
	void aNewProblemGoesAllTheWayToResolvedWithAStepForEachMove() {
		Problem problem = problem();
		problem.accept("Специалист", T0.plusSeconds(60));
		problem.includeInPlan("Специалист", T0.plusSeconds(120));
		problem.resolve("  Помещение передано  ", "Специалист", T0.plusSeconds(180));

		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.RESOLVED);
		assertThat(problem.getSteps()).extracting(ProblemStep::getStatus)
			.containsExactly(ProblemStatus.NEW, ProblemStatus.ACCEPTED, ProblemStatus.IN_PLAN, ProblemStatus.RESOLVED);
		assertThat(problem.getSteps()).extracting(ProblemStep::getByName)
			.containsExactly("Автор", "Специалист", "Специалист", "Специалист");
		assertThat(problem.getSteps().get(3).getAt()).isEqualTo(T0.plusSeconds(180));
		assertThat(problem.getSteps().get(3).getNote()).isEqualTo("Помещение передано");
	}

	@Test
	void anAcceptedProblemMayBeResolvedWithoutAPlanAndWithoutANote() {
		Problem problem = problem();
		problem.accept("Специалист", T0);
		problem.resolve(" ", "Специалист", T0);
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.RESOLVED);
		assertThat(problem.getSteps().get(2).getNote()).isNull();
	}

	@Test
	void movesOutsideTheWorkflowAreRefusedAndChangeNothing() {
		Problem fresh = problem();
		assertThatThrownBy(() -> fresh.includeInPlan("С", T0)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("принятую");
		assertThatThrownBy(() -> fresh.resolve("", "С", T0)).isInstanceOf(IllegalStateException.class);
		assertThat(fresh.getStatus()).isEqualTo(ProblemStatus.NEW);
		assertThat(fresh.getSteps()).hasSize(1);

		Problem planned = problem();
		planned.accept("С", T0);
		planned.includeInPlan("С", T0);
		assertThatThrownBy(() -> planned.accept("С", T0)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("в плане");
		assertThatThrownBy(() -> planned.reject("Причина", "С", T0)).isInstanceOf(IllegalStateException.class);

		Problem resolved = problem();
		resolved.accept("С", T0);
		resolved.resolve(null, "С", T0);
		assertThatThrownBy(() -> resolved.includeInPlan("С", T0)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> resolved.recategorize(new ProblemCategory("OTHER", "Другое", 70)))
			.isInstanceOf(IllegalStateException.class);
		assertThat(resolved.getSteps()).hasSize(3);
	}

	@Test
	void aRejectionNeedsAReasonAndEndsTheWay() {
		Problem problem = problem();
		assertThatThrownBy(() -> problem.reject("  ", "Специалист", T0)).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).errors()).extracting(InvalidInput.FieldError::field)
				.containsExactly("reason"));
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.NEW);

		problem.reject("Не относится к работе НКО", "Специалист", T0);
		assertThat(problem.getStatus()).isEqualTo(ProblemStatus.REJECTED);
		assertThat(problem.getRejectionReason()).isEqualTo("Не относится к работе НКО");
		assertThat(problem.getSteps().get(1).getNote()).isEqualTo("Не относится к работе НКО");
		assertThatThrownBy(() -> problem.accept("Специалист", T0)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theTransitionTableIsExactlyTheWorkflow() {
		for (ProblemStatus from : ProblemStatus.values()) {
			for (ProblemStatus to : ProblemStatus.values()) {
				boolean expected = switch (from) {
					case NEW -> to == ProblemStatus.ACCEPTED || to == ProblemStatus.REJECTED;
					case ACCEPTED ->
						to == ProblemStatus.IN_PLAN || to == ProblemStatus.RESOLVED || to == ProblemStatus.REJECTED;
					case IN_PLAN -> to == ProblemStatus.RESOLVED;
					default -> false;
				};
				assertThat(Problem.allowed(from, to)).as(from + " → " + to).isEqualTo(expected);
			}
		}
		assertThat(ProblemStatus.PUBLIC).containsExactlyInAnyOrder(ProblemStatus.ACCEPTED, ProblemStatus.IN_PLAN,
				ProblemStatus.RESOLVED);
	}

	@Test
	void typedWordsBecomeAPrefixFullTextQueryWithoutShortWordsOrSyntax() {
		assertThat(ProblemQueries.tsQuery("Нет помещения для встреч!"))
			.isEqualTo("нет:* | помещения:* | для:* | встреч:*");
		assertThat(ProblemQueries.tsQuery("а & | ! ( )")).isNull();
		assertThat(ProblemQueries.tsQuery("o'reilly:* & x")).isEqualTo("reilly:*");
	}

}
