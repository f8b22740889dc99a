"""The TA's and instructor's tools: staging, the sandbox, the trusted tester, workers, the nbgrader driver,
the class report and the demo. Never exposed to a student's kernel; utils/ never imports it."""
