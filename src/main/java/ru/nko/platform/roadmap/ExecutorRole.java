package ru.nko.platform.roadmap;

/** Part an executor plays in a roadmap measure: the responsible lead or a co-executor. */
public enum ExecutorRole {

	/** Named first in the executors cell: answers for the measure. */
	LEAD,
	/**
	 * Any other executor, an attracted body ("с привлечением …") or one acting "по
	 * согласованию".
	 */
	CO

}
