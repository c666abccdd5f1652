package ru.nko.platform.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Holds back the first {@link DataSource} until the embedded PostgreSQL, started in the
 * background while the context is built, answers.
 */
@Component
class EmbeddedDatabaseReady implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource) {
			EmbeddedDatabase.awaitStarted();
		}
		return bean;
	}

}
