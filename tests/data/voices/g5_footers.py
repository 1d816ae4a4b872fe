DISC = "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and must not be copied, disclosed or forwarded. If you received it in error, please delete it and notify the sender immediately."
GRID = [
    ({"body": f"Thanks Sam, looks good.\n\nKim\n\n{DISC}\n"}, {}),
    ({"body": f"Please move the launch to Jan 19.\n\nBest,\nKim Lee\nMarketing Director\n\n{DISC}\n"}, {"cr": 1, "due": ["2027-01-19"]}),
    ({"body": "Approved.\n\nKim\n\nThe information contained in this message is confidential and may be legally privileged. If you are not the intended recipient, you must not use, copy or distribute it. Please consider the environment before printing this email.\n"}, {}),
    ({"body": "Please swap the photo.\n\nKim\n\nDISCLAIMER: This email and any files transmitted with it are confidential. Any views expressed are those of the sender. If you have received this email in error please notify the system manager.\n"}, {"cr": 1}),
    ({"body": "Budget is $40,000.\n\nKim\n--\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n"}, {"budget": ["USD 40000"]}),
]
