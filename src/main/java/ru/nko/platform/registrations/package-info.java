/**
 * Who takes part in meetings of NGOs with authorities: organisations invited,
 * registrations with their participants, and attendance recorded after a meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Участники встреч",
		allowedDependencies = { "directory", "system", "scale", "shared :: *" })
package ru.nko.platform.registrations;
