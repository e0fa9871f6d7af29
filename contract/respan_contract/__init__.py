"""respan-contract: the contract-test kit of the Respan gateway API. Property tests (Schemathesis, with the kit's
stream and error checks) and gateway scenarios against any implementation, live or in-process.

    from respan_contract import RunOptions, Target, run

    report = run(Target(base_url="http://127.0.0.1:8000", api_key="mock-key"), RunOptions(seed=1))
    assert report.ok
"""
