import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_page_workspace: {
                        table: 'sys_security_acl'
                        id: 'ac69922df3d04b18b1e4dfad061b9c43'
                    }
                    acl_x_eih_asset_create: {
                        table: 'sys_security_acl'
                        id: 'b54607bad8814baba445bec29643ebce'
                    }
                    acl_x_eih_asset_delete: {
                        table: 'sys_security_acl'
                        id: '81dfb03721a94660aa02daedb2665dad'
                    }
                    acl_x_eih_asset_read: {
                        table: 'sys_security_acl'
                        id: 'eff8930b484e46cb9e27200484c5cb55'
                    }
                    acl_x_eih_asset_sync_create: {
                        table: 'sys_security_acl'
                        id: 'cf0bd72c86e44388a52484c93f35e819'
                    }
                    acl_x_eih_asset_sync_delete: {
                        table: 'sys_security_acl'
                        id: '5a63624010244127812fdb1b337d8a8c'
                    }
                    acl_x_eih_asset_sync_read: {
                        table: 'sys_security_acl'
                        id: '1b30131fd67944ccb1d1b7e20b28d771'
                    }
                    acl_x_eih_asset_sync_write: {
                        table: 'sys_security_acl'
                        id: '733ff995c9474ceab4e095778d7200dd'
                    }
                    acl_x_eih_asset_write: {
                        table: 'sys_security_acl'
                        id: 'f35540f55d5d4d958a592dcbcdbe6f67'
                    }
                    acl_x_eih_assignment_rule_create: {
                        table: 'sys_security_acl'
                        id: 'bd0d7d1625be4f0b81dc4772ae30e148'
                    }
                    acl_x_eih_assignment_rule_delete: {
                        table: 'sys_security_acl'
                        id: '8d8ac56c0eb7445dba9b00a429d98d01'
                    }
                    acl_x_eih_assignment_rule_read: {
                        table: 'sys_security_acl'
                        id: '2857ec10a4e644eda3152d61e19affd6'
                    }
                    acl_x_eih_assignment_rule_write: {
                        table: 'sys_security_acl'
                        id: 'fa0b19c7e46c4fb0ac19ca89b3347761'
                    }
                    acl_x_eih_connection_access_key_read: {
                        table: 'sys_security_acl'
                        id: '825207c0ee95405d88a5bf31e687b256'
                    }
                    acl_x_eih_connection_access_key_write: {
                        table: 'sys_security_acl'
                        id: '633a6c1577b64d499d6bf5dde5def8d9'
                    }
                    acl_x_eih_connection_create: {
                        table: 'sys_security_acl'
                        id: 'dabc71c2257343daa10fe5531fae34cc'
                    }
                    acl_x_eih_connection_delete: {
                        table: 'sys_security_acl'
                        id: '96e4cb26c9a340b5b4b2b9f75ada6f8d'
                    }
                    acl_x_eih_connection_read: {
                        table: 'sys_security_acl'
                        id: '991423e18b914c4eb909f2ca6788c48f'
                    }
                    acl_x_eih_connection_sc_password_read: {
                        table: 'sys_security_acl'
                        id: 'e2b1fd907e5449de80e9142e1e1ab271'
                    }
                    acl_x_eih_connection_sc_password_write: {
                        table: 'sys_security_acl'
                        id: '015016888b294996ae73652aa5855a8e'
                    }
                    acl_x_eih_connection_secret_key_read: {
                        table: 'sys_security_acl'
                        id: '385897ee48174312a67e99690e2250c5'
                    }
                    acl_x_eih_connection_secret_key_write: {
                        table: 'sys_security_acl'
                        id: '393635a955b141e19816dc4d29409bef'
                    }
                    acl_x_eih_connection_write: {
                        table: 'sys_security_acl'
                        id: '2f8efa89cec54e1f85ec9fc275ec2e2e'
                    }
                    acl_x_eih_connector_create: {
                        table: 'sys_security_acl'
                        id: 'abee85788f7342efa405ca3ccb0f0bf0'
                    }
                    acl_x_eih_connector_delete: {
                        table: 'sys_security_acl'
                        id: '56f8b451845942638494c0f8cdd6b0c2'
                    }
                    acl_x_eih_connector_log_create: {
                        table: 'sys_security_acl'
                        id: '807be13a9fbc484fad593851a1543596'
                    }
                    acl_x_eih_connector_log_delete: {
                        table: 'sys_security_acl'
                        id: '139b699007b447478a24a40a572d6d09'
                    }
                    acl_x_eih_connector_log_read: {
                        table: 'sys_security_acl'
                        id: '5164fc3022794dc099c09412119d2f6d'
                    }
                    acl_x_eih_connector_log_write: {
                        table: 'sys_security_acl'
                        id: 'e3a4c0ba93174cccbc98b17ca3d99651'
                    }
                    acl_x_eih_connector_project_create: {
                        table: 'sys_security_acl'
                        id: '3e4d7e98ff594b49adb02d61d4a8d28b'
                    }
                    acl_x_eih_connector_project_delete: {
                        table: 'sys_security_acl'
                        id: '48f25f3457f344d79f1bf14ef2d763b5'
                    }
                    acl_x_eih_connector_project_read: {
                        table: 'sys_security_acl'
                        id: '002d63c7e40c4d788e996b0e34f3bd5d'
                    }
                    acl_x_eih_connector_project_write: {
                        table: 'sys_security_acl'
                        id: '3a20d492ddaf42fc99182aa44f94f91a'
                    }
                    acl_x_eih_connector_read: {
                        table: 'sys_security_acl'
                        id: '4ff714b7a37e487d8d7791af44c38039'
                    }
                    acl_x_eih_connector_write: {
                        table: 'sys_security_acl'
                        id: '99a23f2e69494f80877dc70213db2140'
                    }
                    acl_x_eih_daily_latency_create: {
                        table: 'sys_security_acl'
                        id: '552b5ab210844f5da7926680cb7418dc'
                    }
                    acl_x_eih_daily_latency_delete: {
                        table: 'sys_security_acl'
                        id: '13f0a592e79f45f2b6e0d37db49fc76d'
                    }
                    acl_x_eih_daily_latency_read: {
                        table: 'sys_security_acl'
                        id: 'eb98dc0353504ad7be1a050a729444d9'
                    }
                    acl_x_eih_daily_latency_total_create: {
                        table: 'sys_security_acl'
                        id: '29dc5cdb32ef4693954b08b048313e29'
                    }
                    acl_x_eih_daily_latency_total_delete: {
                        table: 'sys_security_acl'
                        id: '4ab9a6187f61455aa95c9bbce5643ae1'
                    }
                    acl_x_eih_daily_latency_total_read: {
                        table: 'sys_security_acl'
                        id: '14a0d5b106454938b698fb0099695353'
                    }
                    acl_x_eih_daily_latency_total_write: {
                        table: 'sys_security_acl'
                        id: '576698ba8bfb4971a95ee88d8a6db41b'
                    }
                    acl_x_eih_daily_latency_write: {
                        table: 'sys_security_acl'
                        id: '214cbd250bdd4dc6a71ac70a10a4c916'
                    }
                    acl_x_eih_daily_metric_create: {
                        table: 'sys_security_acl'
                        id: '2bf5e32b5d21446c904ded4644ed6ea3'
                    }
                    acl_x_eih_daily_metric_delete: {
                        table: 'sys_security_acl'
                        id: '8af4816aa3754ca4907eb2250f670e6f'
                    }
                    acl_x_eih_daily_metric_read: {
                        table: 'sys_security_acl'
                        id: 'af263af7e04f481fa7e7d3824adb3692'
                    }
                    acl_x_eih_daily_metric_write: {
                        table: 'sys_security_acl'
                        id: 'b375ea84321f41698ee263c2deefff6e'
                    }
                    acl_x_eih_import_queue_entry_create: {
                        table: 'sys_security_acl'
                        id: '19ee3935258444278a48d20e2c9ab9d8'
                    }
                    acl_x_eih_import_queue_entry_delete: {
                        table: 'sys_security_acl'
                        id: '44a9923f693d496793f5723d69b46b6d'
                    }
                    acl_x_eih_import_queue_entry_read: {
                        table: 'sys_security_acl'
                        id: '9f8aaf35a46847e2ad16239249a0b902'
                    }
                    acl_x_eih_import_queue_entry_write: {
                        table: 'sys_security_acl'
                        id: 'e83de91aeded4ac097e105da38f78936'
                    }
                    acl_x_eih_integration_run_create: {
                        table: 'sys_security_acl'
                        id: '4e2251e4cd82448cac8a9aa926fb9cfb'
                    }
                    acl_x_eih_integration_run_delete: {
                        table: 'sys_security_acl'
                        id: '6fd0dbf2b45846279733ad99044e76da'
                    }
                    acl_x_eih_integration_run_read: {
                        table: 'sys_security_acl'
                        id: '8f62082cbdc5431b9096e280b1604ed6'
                    }
                    acl_x_eih_integration_run_write: {
                        table: 'sys_security_acl'
                        id: 'e31c2e67d4234e1296bd3b052caf5965'
                    }
                    acl_x_eih_remediation_task_create: {
                        table: 'sys_security_acl'
                        id: '47c289525f6e4fa5b5f84287e408b8d7'
                    }
                    acl_x_eih_remediation_task_delete: {
                        table: 'sys_security_acl'
                        id: '27808a679411493f80db3b5efd4d595c'
                    }
                    acl_x_eih_remediation_task_read: {
                        table: 'sys_security_acl'
                        id: '7dbd1a02817b4f2fa71e47c831db5ef4'
                    }
                    acl_x_eih_remediation_task_write: {
                        table: 'sys_security_acl'
                        id: 'ba8dcd5e865647cfae54e9568d30800a'
                    }
                    acl_x_eih_risk_rule_create: {
                        table: 'sys_security_acl'
                        id: 'e9a6da52fdaf4d91aaf080156db3f805'
                    }
                    acl_x_eih_risk_rule_delete: {
                        table: 'sys_security_acl'
                        id: '3accc491b6014a8e96725b1e89ddc55b'
                    }
                    acl_x_eih_risk_rule_read: {
                        table: 'sys_security_acl'
                        id: '8e5b7039c13940d1a0f89f79fe43c094'
                    }
                    acl_x_eih_risk_rule_write: {
                        table: 'sys_security_acl'
                        id: 'bf2da60d84b543fe8cf1d28f94eae575'
                    }
                    acl_x_eih_status_mapping_create: {
                        table: 'sys_security_acl'
                        id: '230621d128c045b5a772dc63af2817ac'
                    }
                    acl_x_eih_status_mapping_delete: {
                        table: 'sys_security_acl'
                        id: '890bec323b59422490fd68d03ebdadb0'
                    }
                    acl_x_eih_status_mapping_read: {
                        table: 'sys_security_acl'
                        id: 'aafa1e06fc1a4c5da6dacec3bf7c48bc'
                    }
                    acl_x_eih_status_mapping_write: {
                        table: 'sys_security_acl'
                        id: '9d059d905bd940038a7c669d58eb551a'
                    }
                    acl_x_eih_vulnerable_item_create: {
                        table: 'sys_security_acl'
                        id: '13cbf27494e047d189480af10ee7136f'
                    }
                    acl_x_eih_vulnerable_item_delete: {
                        table: 'sys_security_acl'
                        id: 'd3a17099a6644714b56bdd0f59a29ab1'
                    }
                    acl_x_eih_vulnerable_item_read: {
                        table: 'sys_security_acl'
                        id: '667f33abebea40eb8e86923cfb9be5bb'
                    }
                    acl_x_eih_vulnerable_item_write: {
                        table: 'sys_security_acl'
                        id: '8c5bea2c70f14aa884b8a969947aec77'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '61ee6c7a903444d68d915ec2e17e6a8d'
                    }
                    br_connection_tested: {
                        table: 'sys_script'
                        id: '88ae44e9b5944433990d4332aadf09be'
                    }
                    br_connector_status: {
                        table: 'sys_script'
                        id: 'c88c5d0eda7f474c9141fd620df1fa9c'
                    }
                    br_run_completed: {
                        table: 'sys_script'
                        id: 'd086505b298548018eab6df3d8f0de80'
                    }
                    demo_connection: {
                        table: 'x_eih_connection'
                        id: '848cec2adebe449282f3a66dc8251a27'
                    }
                    demo_connector: {
                        table: 'x_eih_connector'
                        id: 'a198ffc37c744090be07144c54eae4da'
                    }
                    hub_api: {
                        table: 'sys_ws_definition'
                        id: 'f582935c74464ca1a882b1e29beba0eb'
                    }
                    hub_cancelConnector: {
                        table: 'sys_ws_operation'
                        id: '7910bf79dec94ce09a83eb257a499b6f'
                    }
                    hub_createConnection: {
                        table: 'sys_ws_operation'
                        id: '8ffb29b94d704b6ebaedae4112ad3a43'
                    }
                    hub_createConnector: {
                        table: 'sys_ws_operation'
                        id: '1cf794f5d11b4c0998a48b912c092704'
                    }
                    hub_dashboardIngestion: {
                        table: 'sys_ws_operation'
                        id: '43c96f1d95d54d9db45e1640d02a12f5'
                    }
                    hub_dashboardIntegrations: {
                        table: 'sys_ws_operation'
                        id: '23b5bb286ba541128723d410e39e7c6c'
                    }
                    hub_dashboardProcessing: {
                        table: 'sys_ws_operation'
                        id: '4c9802d066434ba4ab20d48232797e64'
                    }
                    hub_dashboardRuns: {
                        table: 'sys_ws_operation'
                        id: 'a15241f230f246d7a52d05e8f8b6d572'
                    }
                    hub_deleteConnection: {
                        table: 'sys_ws_operation'
                        id: '0e5121742a4d4d83b7dd6ed3561fda3e'
                    }
                    hub_deleteConnector: {
                        table: 'sys_ws_operation'
                        id: 'e733fd523f2149098b76dc11e41ad07f'
                    }
                    hub_disableConnector: {
                        table: 'sys_ws_operation'
                        id: '6008ccedaa984f4387c3fd4e82961ecb'
                    }
                    hub_enableConnector: {
                        table: 'sys_ws_operation'
                        id: '13aa83b8881f479fb2efd02bb109ca09'
                    }
                    hub_executeConnector: {
                        table: 'sys_ws_operation'
                        id: '6bf6cb886ab14aee93f60de6b3e55440'
                    }
                    hub_getConnection: {
                        table: 'sys_ws_operation'
                        id: 'af3a626e6b6a4555819932db9b2bcbfa'
                    }
                    hub_getConnector: {
                        table: 'sys_ws_operation'
                        id: '2470193060b246eda2d9e14cb1c1d48a'
                    }
                    hub_getHealth: {
                        table: 'sys_ws_operation'
                        id: 'b06b3405c4414b92a95c6992fb2ff518'
                    }
                    hub_getProperties: {
                        table: 'sys_ws_operation'
                        id: '1dffbc628ecc41f295833ece313694e7'
                    }
                    hub_getQueueEntry: {
                        table: 'sys_ws_operation'
                        id: '741b1d048abb431e8550cf054a63e9a2'
                    }
                    hub_getRun: {
                        table: 'sys_ws_operation'
                        id: 'e4c2e74054d846d396edc1c80d0719a6'
                    }
                    hub_getSeverityFilter: {
                        table: 'sys_ws_operation'
                        id: '08f53406ef1340e18bfb1909da2a95df'
                    }
                    hub_getStatusMapping: {
                        table: 'sys_ws_operation'
                        id: '5c04ddb77cc64d7594ea31fa6c432ffa'
                    }
                    hub_listConnectionProjects: {
                        table: 'sys_ws_operation'
                        id: '36b228d3b19e418687a8d838abc244d3'
                    }
                    hub_listConnections: {
                        table: 'sys_ws_operation'
                        id: 'd7ca73c0fb774ceebb10d72aeb088d77'
                    }
                    hub_listConnectorAssets: {
                        table: 'sys_ws_operation'
                        id: '622e05f253244ee48d85f8d7cc344141'
                    }
                    hub_listConnectorLogs: {
                        table: 'sys_ws_operation'
                        id: '1d0781d39c1549f2945e5c00265e21d7'
                    }
                    hub_listConnectorProjects: {
                        table: 'sys_ws_operation'
                        id: '9f9a05e80e774195a7323a0068a3fac7'
                    }
                    hub_listConnectors: {
                        table: 'sys_ws_operation'
                        id: '4dea4e9447a64abc82e80b31a35a5530'
                    }
                    hub_listQueueEntries: {
                        table: 'sys_ws_operation'
                        id: '25a2ca012c5641dcaf81199e9620efc8'
                    }
                    hub_listRuns: {
                        table: 'sys_ws_operation'
                        id: '79279560185745bfb5703a58bcab1a3f'
                    }
                    hub_listVulnerableItems: {
                        table: 'sys_ws_operation'
                        id: 'e1650eee1e314094a836a99d6b66b3ab'
                    }
                    hub_patchConnection: {
                        table: 'sys_ws_operation'
                        id: '8f21f285393c42f5a6d67d7bd6b5125a'
                    }
                    hub_patchConnector: {
                        table: 'sys_ws_operation'
                        id: '00faaf8de4a34a4cb7f1ff02aad40f09'
                    }
                    hub_patchProperties: {
                        table: 'sys_ws_operation'
                        id: '2949522ac44b45c49cd874cea6edb730'
                    }
                    hub_patchVulnerableItem: {
                        table: 'sys_ws_operation'
                        id: '5ff61adce9884eb9abc727a456363039'
                    }
                    hub_putSeverityFilter: {
                        table: 'sys_ws_operation'
                        id: 'b0ccfaf58920480e9cf3ff05d77cf27a'
                    }
                    hub_putStatusMapping: {
                        table: 'sys_ws_operation'
                        id: '114bbe3bfe774ff2b220974e640fe5e7'
                    }
                    hub_retryQueueEntry: {
                        table: 'sys_ws_operation'
                        id: '53bb3054391e4eea85d99aa97ce7fda4'
                    }
                    hub_testConnection: {
                        table: 'sys_ws_operation'
                        id: '423e2d7bc5a245bf8b82b357a18ccba2'
                    }
                    hub_testConnector: {
                        table: 'sys_ws_operation'
                        id: 'f1773369abe74d47bd80f7ac9860ac87'
                    }
                    job_heartbeat_watchdog: {
                        table: 'sysauto_script'
                        id: 'a80eae4124b44f52a816f357d47139a4'
                    }
                    job_retention: {
                        table: 'sysauto_script'
                        id: '85e4abc021c2470aafb58ec6b43aa38d'
                    }
                    job_scheduler_tick: {
                        table: 'sysauto_script'
                        id: '87fa5121579641b6a15910697226d8f4'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'ca65a213c2e84058a6ff7f87a631080b'
                    }
                    probe: {
                        table: 'sysauto_script'
                        id: '1e681d5179f14a429100bbf35c622c21'
                        deleted: true
                    }
                    'src-server_instance_connection-test_ts': {
                        table: 'sys_module'
                        id: '164f1c255d824b8f93af44d89eaf5066'
                    }
                    'src-server_instance_connector-lifecycle_ts': {
                        table: 'sys_module'
                        id: '7c6699684bf543948ac2d7c8d2f22cbe'
                    }
                    'src-server_instance_connector-log_ts': {
                        table: 'sys_module'
                        id: 'cc484a8c5f924a11b862d1a2a32e48d8'
                    }
                    'src-server_instance_connector-purge_ts': {
                        table: 'sys_module'
                        id: '1a5ed426ce48449da256a89a179d08d9'
                    }
                    'src-server_instance_entry_business-rules_ts': {
                        table: 'sys_module'
                        id: 'a4d4d6cb426f448197f655e3029f8960'
                    }
                    'src-server_instance_entry_scheduled-jobs_ts': {
                        table: 'sys_module'
                        id: '6c280210fa2847b29c16a29d25dd8c5d'
                    }
                    'src-server_instance_entry_ui-actions_ts': {
                        table: 'sys_module'
                        id: '3cbbae64133d4facb22e93c0ffc304b3'
                    }
                    'src-server_instance_glide_glide-codec_ts': {
                        table: 'sys_module'
                        id: '9b74001fb1c9485d865fbad1fe9a7263'
                    }
                    'src-server_instance_glide_glide-default-port_ts': {
                        table: 'sys_module'
                        id: '6ccf866a5ea4465c968b299b4458e947'
                    }
                    'src-server_instance_glide_glide-port_ts': {
                        table: 'sys_module'
                        id: '20916e5298e644b7936eab9e00ebb7b5'
                    }
                    'src-server_instance_glide_glide-store_ts': {
                        table: 'sys_module'
                        id: 'ca5946cbf99b431ea40ab61490c23861'
                    }
                    'src-server_instance_glide_tenable-transport_ts': {
                        table: 'sys_module'
                        id: '78fe216f96e84ba2898774dc429e9356'
                    }
                    'src-server_instance_instance-context_ts': {
                        table: 'sys_module'
                        id: 'bcf567fc3af34eafb36eb1e0a2b11e71'
                    }
                    'src-server_instance_instance-properties_ts': {
                        table: 'sys_module'
                        id: 'ac349504c4e244dea7fdc1db1973d7a5'
                    }
                    'src-server_instance_probe_ts': {
                        table: 'sys_module'
                        id: '85521055b8bf4db78b83b294735f0104'
                        deleted: true
                    }
                    'src-server_instance_projects-lookup_ts': {
                        table: 'sys_module'
                        id: '3e5c395385ce4e97996e3047714af252'
                    }
                    'src-server_instance_rest_connection-handlers_ts': {
                        table: 'sys_module'
                        id: '4caf73f829f84881b02f8a98c76f1f4d'
                    }
                    'src-server_instance_rest_connector-handlers_ts': {
                        table: 'sys_module'
                        id: '870d677b8c604780a0037b3d9d23dba2'
                    }
                    'src-server_instance_rest_dashboard-handlers_ts': {
                        table: 'sys_module'
                        id: 'b1ee243aba1a4443aac14010f8e3417b'
                    }
                    'src-server_instance_rest_data-handlers_ts': {
                        table: 'sys_module'
                        id: 'e451c61c356c4e35947e5c44a91a024a'
                    }
                    'src-server_instance_rest_hub-api_ts': {
                        table: 'sys_module'
                        id: '6f3bd67634934ce7ac1e6993bf35139b'
                    }
                    'src-server_instance_rest_hub-http_ts': {
                        table: 'sys_module'
                        id: 'f70a42a9f7674106a5b428e9480f7719'
                    }
                    'src-server_instance_rest_project-search_ts': {
                        table: 'sys_module'
                        id: 'b2f0ee45da5f4de29802c8deeeffa5c8'
                    }
                    'src-server_instance_rest_record-input_ts': {
                        table: 'sys_module'
                        id: '6a3ad8fc86254dd6b3f2723ed093641d'
                    }
                    'src-server_instance_run_daily-latency_ts': {
                        table: 'sys_module'
                        id: '55a4f48240e34c408bc6353b557189b9'
                    }
                    'src-server_instance_run_entry-store_ts': {
                        table: 'sys_module'
                        id: 'ed62d1d82a6c44fc828929dec5ca0c28'
                    }
                    'src-server_instance_run_finding-writer_ts': {
                        table: 'sys_module'
                        id: '6cf3359b8595492b9f15773fd72d4f4f'
                    }
                    'src-server_instance_run_page-processor_ts': {
                        table: 'sys_module'
                        id: 'e6647d6a37cf4c789d357c4789e6ae86'
                    }
                    'src-server_instance_run_planner-choice_ts': {
                        table: 'sys_module'
                        id: 'd0523184bb3e4246b7fe03ff613da87a'
                    }
                    'src-server_instance_run_run-completion_ts': {
                        table: 'sys_module'
                        id: 'f735d410214448e590445693cc198bb1'
                    }
                    'src-server_instance_run_run-engine_ts': {
                        table: 'sys_module'
                        id: '392403b9ad8e40d8b99783ff54cb8dfa'
                    }
                    'src-server_instance_run_run-progress_ts': {
                        table: 'sys_module'
                        id: 'a883e297a4664d9f9007c835807b7adb'
                    }
                    'src-server_instance_run_run-starter_ts': {
                        table: 'sys_module'
                        id: 'cf5df11e85ba4c018f3bfcc018cf3417'
                    }
                    'src-server_instance_scheduler_glide-zone_ts': {
                        table: 'sys_module'
                        id: '16847c331797477ca9ba1330b84dc64c'
                    }
                    'src-server_instance_scheduler_heartbeat-watchdog_ts': {
                        table: 'sys_module'
                        id: 'ac777b7581c34d56b13d6d82b25696ab'
                    }
                    'src-server_instance_scheduler_retention-pruner_ts': {
                        table: 'sys_module'
                        id: 'a248973346374a9d9c5c6d2b01a0bd4a'
                    }
                    'src-server_instance_scheduler_scheduler-tick_ts': {
                        table: 'sys_module'
                        id: 'e417b7160bf84e80930cdce90ab25afa'
                    }
                    'src-server_instance_write-back_ts': {
                        table: 'sys_module'
                        id: '087627cf49684ac1866cb00a8c201ba1'
                    }
                    'src-shared_core_connection-diagnosis_ts': {
                        table: 'sys_module'
                        id: 'f74eedfdb244451cadaf9f5e2b6d7d3d'
                    }
                    'src-shared_core_connector-lifecycle-machine_ts': {
                        table: 'sys_module'
                        id: '47b4d602b5e9421aa5f976f0f7f30a77'
                    }
                    'src-shared_core_context_ts': {
                        table: 'sys_module'
                        id: '77876c2966a846ff9246ae475212a951'
                    }
                    'src-shared_core_health-propagation_ts': {
                        table: 'sys_module'
                        id: '093d3a20f92b406ebdb070c0accc6b92'
                    }
                    'src-shared_core_heartbeat-policy_ts': {
                        table: 'sys_module'
                        id: 'cad98a599fd84928b90dc91fb231009e'
                    }
                    'src-shared_core_http-outcome_ts': {
                        table: 'sys_module'
                        id: 'af38e732a96541dcabf26ad98e1e9832'
                    }
                    'src-shared_core_index_ts': {
                        table: 'sys_module'
                        id: '463e18b1c61d4f118bea19bdd0a78dce'
                    }
                    'src-shared_core_result_ts': {
                        table: 'sys_module'
                        id: '5642131cd1904df697bbe3a6b060b3e6'
                    }
                    'src-shared_core_retry-after_ts': {
                        table: 'sys_module'
                        id: '6cfa414ee07d4405a07acb7eca3a465f'
                    }
                    'src-shared_core_retry-policy_ts': {
                        table: 'sys_module'
                        id: '61976da491944ec9bd4d6b4a9c2e2307'
                    }
                    'src-shared_core_run-machine_ts': {
                        table: 'sys_module'
                        id: '4207bb9ec316400fb26b3cb26f6b9875'
                    }
                    'src-shared_metrics_daily-latency-rows_ts': {
                        table: 'sys_module'
                        id: '42eafe83ed9a45c4b5f93d4d6d4bbc08'
                    }
                    'src-shared_metrics_drill-down_ts': {
                        table: 'sys_module'
                        id: '71c8443208e84832ad192bfea8bc03eb'
                    }
                    'src-shared_metrics_index_ts': {
                        table: 'sys_module'
                        id: 'e6261b258cc54a24ae47b6f5cacdea97'
                    }
                    'src-shared_metrics_ingestion-health_ts': {
                        table: 'sys_module'
                        id: '7c584da53da849e1890e06a84da3b1f9'
                    }
                    'src-shared_metrics_ingestion-samples_ts': {
                        table: 'sys_module'
                        id: '96aa48b2f89640d2a8619d195b8c7c71'
                    }
                    'src-shared_metrics_integrations-table_ts': {
                        table: 'sys_module'
                        id: '0fd4cf6c0e4b4c25b6bd16675ced2e0c'
                    }
                    'src-shared_metrics_latency-histogram_ts': {
                        table: 'sys_module'
                        id: '611db6c267c7464089b6cbe2795700eb'
                    }
                    'src-shared_metrics_latency-rollup_ts': {
                        table: 'sys_module'
                        id: 'd786abd443bc4e12a30ce4c976b9e653'
                    }
                    'src-shared_metrics_metric-rows_ts': {
                        table: 'sys_module'
                        id: '16e6b105744343028b1614bab5b7d790'
                    }
                    'src-shared_metrics_percentile_ts': {
                        table: 'sys_module'
                        id: '3f7e5fa431e541feb239235a64cd943c'
                    }
                    'src-shared_metrics_processing-health_ts': {
                        table: 'sys_module'
                        id: 'cc2dbb2088064930a3e835108f2b3724'
                    }
                    'src-shared_metrics_rollup_ts': {
                        table: 'sys_module'
                        id: '1e60d8a7aefb4fd292484312a7e53e34'
                    }
                    'src-shared_metrics_run-outcome_ts': {
                        table: 'sys_module'
                        id: 'fa3f0e01c5234e688c47f3a8bd99cdbf'
                    }
                    'src-shared_metrics_runs-per-integration_ts': {
                        table: 'sys_module'
                        id: '4e6bff0d39f44f2e961843a3c2e08534'
                    }
                    'src-shared_metrics_trend_ts': {
                        table: 'sys_module'
                        id: '18ff3b012ca64122a2f3f931b57cea58'
                    }
                    'src-shared_model_column_ts': {
                        table: 'sys_module'
                        id: '3e19ba71e75045e29a185b4e8cbd498e'
                    }
                    'src-shared_model_properties_ts': {
                        table: 'sys_module'
                        id: 'd8210ab51b0e4d8e90d6de43896ed133'
                    }
                    'src-shared_model_tables_api-token_ts': {
                        table: 'sys_module'
                        id: 'bb9c26dc7adc494c8df8cd0ad451134b'
                    }
                    'src-shared_model_tables_asset_ts': {
                        table: 'sys_module'
                        id: '8e1744dc78424051a559152307eb2de4'
                    }
                    'src-shared_model_tables_asset-sync_ts': {
                        table: 'sys_module'
                        id: 'd2b06c337c464cef88226f2adfdc8fd0'
                    }
                    'src-shared_model_tables_assignment-rule_ts': {
                        table: 'sys_module'
                        id: '7101458198564ddca85c1dfddded8c68'
                    }
                    'src-shared_model_tables_connection_ts': {
                        table: 'sys_module'
                        id: '914768a1b41146e9920b5b7268eece31'
                    }
                    'src-shared_model_tables_connector_ts': {
                        table: 'sys_module'
                        id: '70adc5460ff241a1811f4493393e0036'
                    }
                    'src-shared_model_tables_connector-log_ts': {
                        table: 'sys_module'
                        id: 'fedd1426b3ce45ff84c2173c3e7380fb'
                    }
                    'src-shared_model_tables_connector-project_ts': {
                        table: 'sys_module'
                        id: '61f80efc10d04a118adc826ec608ac35'
                    }
                    'src-shared_model_tables_daily-latency_ts': {
                        table: 'sys_module'
                        id: '4054f2e9b0a244ffaee5921d8b8b4070'
                    }
                    'src-shared_model_tables_daily-latency-total_ts': {
                        table: 'sys_module'
                        id: '9619fb3fb70d4e36ab54a27a73899c46'
                    }
                    'src-shared_model_tables_daily-metric_ts': {
                        table: 'sys_module'
                        id: '8654453027274edab1b47341586618e1'
                    }
                    'src-shared_model_tables_import-queue-entry_ts': {
                        table: 'sys_module'
                        id: 'c7d4aea2bf4847fe84a0c2871fe0a0b6'
                    }
                    'src-shared_model_tables_integration-run_ts': {
                        table: 'sys_module'
                        id: '8f6ff26e78f44b80b3e31d50e09b9b76'
                    }
                    'src-shared_model_tables_page-payload_ts': {
                        table: 'sys_module'
                        id: '1af58f19ae12410e8fb6f3de83496ac4'
                    }
                    'src-shared_model_tables_property_ts': {
                        table: 'sys_module'
                        id: 'cb6e369253c94024a7fb1032e48ce91c'
                    }
                    'src-shared_model_tables_remediation-task_ts': {
                        table: 'sys_module'
                        id: '683ea5c022e141208b3f4665a0cdd7f5'
                    }
                    'src-shared_model_tables_risk-rule_ts': {
                        table: 'sys_module'
                        id: '7496668f3c624f3b89e31164ce506c1a'
                    }
                    'src-shared_model_tables_session_ts': {
                        table: 'sys_module'
                        id: '2b61f240051f40ddb1f06a6a1cfc197d'
                    }
                    'src-shared_model_tables_status-mapping_ts': {
                        table: 'sys_module'
                        id: '478a9696525f493caf9a59dfe4f3661a'
                    }
                    'src-shared_model_tables_ts': {
                        table: 'sys_module'
                        id: '82a95ea984e14d928b53cedd81164e04'
                    }
                    'src-shared_model_tables_user_ts': {
                        table: 'sys_module'
                        id: '32de0831d9fe455b9becb1fd5b9bb2df'
                    }
                    'src-shared_model_tables_vulnerable-item_ts': {
                        table: 'sys_module'
                        id: '42a521e8f10f43d2b5a634c7e096a02c'
                    }
                    'src-shared_model_vocabulary_ts': {
                        table: 'sys_module'
                        id: 'fb8562fbb7e44e5b9e74f4c7d3bfe26d'
                    }
                    'src-shared_pipeline_page-stages_ts': {
                        table: 'sys_module'
                        id: '729eb461a17f45ba81078acef900e529'
                    }
                    'src-shared_query_encoded-query_ts': {
                        table: 'sys_module'
                        id: '2db9d59bb3a649c3aac0b681d70a957b'
                    }
                    'src-shared_rules_asset-matching_ts': {
                        table: 'sys_module'
                        id: '7874e5f779174edbba82c60b6ed7b857'
                    }
                    'src-shared_rules_assignment-rules_ts': {
                        table: 'sys_module'
                        id: 'ee3e7962afab4804aaa75377052c9b46'
                    }
                    'src-shared_rules_conditions_ts': {
                        table: 'sys_module'
                        id: '239d97ce46ed4f98be95b9b6c7b0ca80'
                    }
                    'src-shared_rules_index_ts': {
                        table: 'sys_module'
                        id: '85475ed47bf644e0998450b2b584fe13'
                    }
                    'src-shared_rules_normalize-common_ts': {
                        table: 'sys_module'
                        id: 'de11cfdb9b614a10a7b1df527a6e7623'
                    }
                    'src-shared_rules_normalize-page_ts': {
                        table: 'sys_module'
                        id: 'd87e2a62d8764883b4e5b37270da8efa'
                    }
                    'src-shared_rules_normalize-sc_ts': {
                        table: 'sys_module'
                        id: '92daf9a5b5094527b89113803ad7d11e'
                    }
                    'src-shared_rules_normalize-vm_ts': {
                        table: 'sys_module'
                        id: 'd317af51c11d432896d3c3596decfccf'
                    }
                    'src-shared_rules_normalize-was_ts': {
                        table: 'sys_module'
                        id: 'b8d5880163d74092958abd5b24b37caf'
                    }
                    'src-shared_rules_normalized_ts': {
                        table: 'sys_module'
                        id: '108b1551e8cf4a4e9cb3ac2da6a7f60c'
                    }
                    'src-shared_rules_record-reader_ts': {
                        table: 'sys_module'
                        id: '94c8c433a10a40349449a586c1827f2d'
                    }
                    'src-shared_rules_remediation-grouping_ts': {
                        table: 'sys_module'
                        id: 'e8749d103cae4b688d4ada7f445d4e3d'
                    }
                    'src-shared_rules_risk-score_ts': {
                        table: 'sys_module'
                        id: 'ee50190ab64243efb74e78797193a574'
                    }
                    'src-shared_rules_rule-row_ts': {
                        table: 'sys_module'
                        id: '289f235209204365b23ddabf09785e92'
                    }
                    'src-shared_rules_severity-filter_ts': {
                        table: 'sys_module'
                        id: 'ca204f34886f4fea86a79a8f5e35eef5'
                    }
                    'src-shared_rules_status-mapping_ts': {
                        table: 'sys_module'
                        id: '6076f7e2c6cb48408b031757dfdd8c2f'
                    }
                    'src-shared_rules_text-limits_ts': {
                        table: 'sys_module'
                        id: 'a84f06b57eeb44a6a6a8a84a89e559c2'
                    }
                    'src-shared_rules_write-back-planner_ts': {
                        table: 'sys_module'
                        id: 'd8ba9af3e0014009b9dee75a9621f299'
                    }
                    'src-shared_schedule_catch-up_ts': {
                        table: 'sys_module'
                        id: '0d65ed28b7194629801872f5d123248a'
                    }
                    'src-shared_schedule_civil-time_ts': {
                        table: 'sys_module'
                        id: 'd9c8826d96f54cee8ae8e0c1c35765ba'
                    }
                    'src-shared_schedule_index_ts': {
                        table: 'sys_module'
                        id: 'b4bd6f442b204e4ea826aa4567baa711'
                    }
                    'src-shared_schedule_next-fire_ts': {
                        table: 'sys_module'
                        id: '984a8ab4ec7547bbb52e3a033cdc4a0b'
                    }
                    'src-shared_schedule_validate-schedule_ts': {
                        table: 'sys_module'
                        id: 'c746e2cccec44604ad73074668c3fcfc'
                    }
                    'src-shared_schedule_zone-port_ts': {
                        table: 'sys_module'
                        id: 'e86a806f9aa04059af0976b03e4dff69'
                    }
                    'src-shared_tenable_export-kinds_ts': {
                        table: 'sys_module'
                        id: '138b7ab9a28c41f5b55a6cb5a8612a43'
                    }
                    'src-shared_tenable_export-planner_ts': {
                        table: 'sys_module'
                        id: '3f34927ba6bc4d1c8a6a9c7c2debb8a7'
                    }
                    'src-shared_tenable_index_ts': {
                        table: 'sys_module'
                        id: '9b2e9a062a864935bc2689ee0a3c5595'
                    }
                    'src-shared_tenable_planner-protocol_ts': {
                        table: 'sys_module'
                        id: 'd152a8a9ecfa466e933170dda9a7164e'
                    }
                    'src-shared_tenable_reply-reading_ts': {
                        table: 'sys_module'
                        id: '2a4075382bf94882a5609aba9629a7cf'
                    }
                    'src-shared_tenable_sc-analysis-planner_ts': {
                        table: 'sys_module'
                        id: '5e738d221a394e5a86818e806357fe3d'
                    }
                    'src-shared_tenable_transient-retry-policy_ts': {
                        table: 'sys_module'
                        id: '74d340920bd046b5bf43829007d054fd'
                    }
                    'src-shared_tenable_was-projects-planner_ts': {
                        table: 'sys_module'
                        id: 'f365e47264c34db288d32465b8c23d8c'
                    }
                    ua_connection_test: {
                        table: 'sys_ui_action'
                        id: '15cddede88994370b1c35e515064c5f0'
                    }
                    ua_connector_delete: {
                        table: 'sys_ui_action'
                        id: '25c74e5dd1a54ce1b8cf6dff1384e81e'
                    }
                    ua_connector_disable: {
                        table: 'sys_ui_action'
                        id: 'ea89a180262141c19a49e03addf057c9'
                    }
                    ua_connector_enable: {
                        table: 'sys_ui_action'
                        id: 'ac294634012b4e3bbe2fc15b038b3770'
                    }
                    ua_connector_execute: {
                        table: 'sys_ui_action'
                        id: '19416a4093374ab5ae6cc75fefc42a5d'
                    }
                    ua_connector_execute_full: {
                        table: 'sys_ui_action'
                        id: 'ca6f8d6c7d704f3884964938d75becf9'
                    }
                    ua_connector_test: {
                        table: 'sys_ui_action'
                        id: '9b6103776fe44559b72085a89c309afd'
                    }
                    'x_eih.heartbeat.interval_seconds': {
                        table: 'sys_properties'
                        id: '37e655176d1d47e19a00a601be001e9a'
                    }
                    'x_eih.heartbeat.maximum_delay': {
                        table: 'sys_properties'
                        id: 'ed187a88efa44f5497fe38324f9e0586'
                    }
                    'x_eih.heartbeat.record_threshold': {
                        table: 'sys_properties'
                        id: '4a9156c57e3f42a58cb817947cc50a06'
                    }
                    'x_eih.logs.retention_days': {
                        table: 'sys_properties'
                        id: '7e5709649a434464b2dc2c2447c66138'
                    }
                    'x_eih.processing.time_limit': {
                        table: 'sys_properties'
                        id: 'd7194050f7a34a5ab60febc4d69b4a93'
                    }
                    'x_eih.queue.payload_retention_days': {
                        table: 'sys_properties'
                        id: '8b4ee1ae17204c618e79d45c5ba09098'
                    }
                }
                composite: [
                    {
                        table: 'sys_db_object'
                        id: '0017634a4da64b9eb6ff151fda82b992'
                        key: {
                            name: 'x_eih_asset'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '00734b9e3585484d9827c1e48e099741'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0084b171e4d74e08b2aaf5de296cccf9'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'samples'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '014a6e7a4bce43e2aa60d2720775c0e7'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '022cc32d59764558b69989f9234347d5'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                            value: 'succeeded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '029045d9221449daa2bd92541ac3db5e'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '02c39be507cd4edc8fe9bcfadec6a3ce'
                        key: {
                            name: 'x_eih_connector_log'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '02fd9cbc1e6e448b881e6e9c5580fa9e'
                        key: {
                            endpoint: 'x_eih_workspace.do'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '037db00529a8422a96b3e89455d82df4'
                        key: {
                            logical_table_name: 'x_eih_vulnerable_item'
                            col_name_string: 'local_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '03d50c6c201e4bb08566864ad5d43839'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'dedupe_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0411d6f70d0c4d288d021b58657061a4'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remote_state'
                            value: 'OPEN'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '04e762151fe148afaf4e8eac6f596f7a'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '04f7829744e14008a81f75125ee93eaa'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'risk_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '05356af647944e8dbc97a4f07e240e67'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'claimed_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '053ab90eef0e45f0a3f9909ab6f0df6c'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'exploit_available'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '05520f26f9744da9b06969c6797e6ceb'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'ended'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '05a62fbaac574098957596ba28241cb9'
                        key: {
                            sys_ui_action: '9b6103776fe44559b72085a89c309afd'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05cc5b76ef1f4f8396eef9549e6b073c'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0622acfdad2147749ae7c4eb72afefaa'
                        key: {
                            name: 'x_eih_connector'
                            element: 'next_run_at'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '070602bc85174d719eaef358feacd6d0'
                        key: {
                            logical_table_name: 'x_eih_daily_latency_total'
                            col_name_string: 'day,metric'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0732f7c1a10c4402b1c0ff8580b9baeb'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0767b2f0ee774b75badd9edb33610569'
                        key: {
                            sys_security_acl: 'aafa1e06fc1a4c5da6dacec3bf7c48bc'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07a350ea5f0548fdaf27091e25ce1636'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'created'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07e7d7632bc14e77ae94be59b57d7e71'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'vi_creation_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07e87e24c1184d0d9529cdfc76e9c0ba'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'protocol'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '08f6490c23814f2297069f217da58ccb'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'state'
                            value: 'in_progress'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a93154f2ba349e69fa62109872c6b20'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0af554dae676462a890c308ae28bcd47'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'repository_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0bb4a49f5b75485d92c8dfae1bf1f0d5'
                        key: {
                            name: 'x_eih_connector'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0bc8ed76c4bf41bdb7598709b372e5c9'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0cda73fa8a4645b8959cfbea93b6183b'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'notes'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '0d6101a09bc548c38ae7f71ccc52fe8c'
                        key: {
                            sys_ui_action: 'ea89a180262141c19a49e03addf057c9'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0db10e40d0b2474dbff371717f2cd389'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                            value: 'connected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0e62c1fecd9c4b67a337382c0d28c718'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'cve'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0e8bdef49f184f82a285b8abccb10d3c'
                        key: {
                            name: 'x_eih_connector'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f6bd564bb6e4cb9870d4e87d419dcce'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'ci_lookup_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f7ad6dc53234174bcd5ea8f8192bcbb'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'records_processed'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0fc4ad6c66c640b2be52a1f4ba24b304'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'remote_status'
                            value: 'REOPENED'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '105587262cbf4581a61854131f8c89e4'
                        key: {
                            name: 'x_eih_connector'
                            element: 'time_limit_override'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '119d08a9d6fc44e89b0e2ae05ed6e3e6'
                        key: {
                            name: 'x_eih_vulnerable_item'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '11a369b717ca425f9b0e9fd48cfad8fa'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '11b4f7d273584eccb34aebb878341516'
                        key: {
                            name: 'x_eih_connector_project'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '12fd3b226cff4c83bd21a12f4b7163bb'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'records_rejected'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '130676e99d994cc781c991ff81efac1d'
                        key: {
                            sys_security_acl: 'dabc71c2257343daa10fe5531fae34cc'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '13094cde6dd3456ab47ebeedbd7da366'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                            value: 'once'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '130dd311b74a486f8fbd2b4db358dffd'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'level'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1350fd40626c49fbaad964f95466503c'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '13620cf38494406b9740f9029fd6ad6f'
                        key: {
                            name: 'x_eih_connector'
                            element: 'notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '13ac85319c3145e691a6bfd8ee0f5f7c'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '140d656bb262404b8d7a4339e0677fcd'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'first_found'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1500d6a6e73140c9ae13f3529fc67380'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'risk_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '150e8db75b4c4b0f94a6a11037d32017'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'pages'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '152e4579546b4be5b2cee10e399cb324'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'source_finding_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '155ef0616f194e28b17db2ee97e14923'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'min_ms'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '155f8711a5234700a1a46ba719f6c71f'
                        key: {
                            name: 'x_eih_status_mapping'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '15e318b1445645ba972e23220cb263a7'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cancel_requested'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '15e677e59a484c688fb0c1eb39115828'
                        key: {
                            name: 'x_eih_asset'
                            element: 'hostname'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '164bff38fa0343279a649c196993aacf'
                        key: {
                            sys_security_acl: '393635a955b141e19816dc4d29409bef'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1688cc096f6d4580a71ba37351fc79cd'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '16ba68a2355a4cf0840711a7f7f69d2b'
                        key: {
                            name: 'x_eih_connection'
                            element: 'suggestion'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '16df46bdfa984ae9ab022cde3a9307b6'
                        key: {
                            logical_table_name: 'x_eih_import_queue_entry'
                            col_name_string: 'state,queued_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '17024868f8d0434a80e4b6ed581e3b2b'
                        key: {
                            sys_security_acl: 'ba8dcd5e865647cfae54e9568d30800a'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '175d7e336e594d5480c94e204284a0ce'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'ci_lookup_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1802fdc6a35f4e8a8b5ae0345c97e3bf'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '18ae3996a9254ddea3ceb34fa974c7d7'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '18dadbae641e4ab7bbe2a4dc2f285177'
                        key: {
                            name: 'x_eih_connector'
                            element: 'health'
                            value: 'unhealthy'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1944fa73fd444f6e9f8674eb7d4d67dc'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'queue_processing_ms'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1956251d419f476b80349c81de0fe25d'
                        key: {
                            sys_security_acl: 'f35540f55d5d4d958a592dcbcdbe6f67'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1995959ea5ef4d21a134ad0cc8296675'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a0f7a1c1e8e41bbb51eaf3d363e592d'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'exploit_available'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1a574a251d8541b1bdafddddd7d4edb1'
                        key: {
                            sys_security_acl: '8e5b7039c13940d1a0f89f79fe43c094'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1ab1450cfb6a4c128c5e8ba243966f64'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'metric'
                            value: 'queue_wait'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ab8a5964e3a498e92c6748bdd95dd85'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'risk_rules_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1aba1dfc99bc49669588ff03d70a06c1'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'item_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1acf897cbf6b4c4fbfd2677e17065516'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'risk_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1af4fb7752984302887515ad370edac7'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b47386f2a2f4e5f8d0dffc3f3fe235b'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'processing_ended'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b526afadac84f179292b6818372ac5f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'planner_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '1b8f499b5410446fbb35bcd79b302423'
                        key: {
                            logical_table_name: 'x_eih_import_queue_entry'
                            col_name_string: 'processing_started'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1bb1ef718a164335947c6a3d0d1e6d31'
                        key: {
                            name: 'x_eih_connection'
                            element: 'updated'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '1bef745f82774aff9cf4ae8963264d51'
                        key: {
                            logical_table_name: 'x_eih_vulnerable_item'
                            col_name_string: 'connector,dedupe_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1c25953d0f7a4404a8aff0b94a71ce9e'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'samples'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1c52046e078a4254b2a03c2a4b8ada23'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'level'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1d7da61a900d4359a17bcd6c87ae4009'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'metric'
                            value: 'queue_wait'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1daf06812c2a4ba4aa786b1e4ced9883'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                            value: 'identified'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1e32fe2b2ab443709212d3fda8e11a38'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                            value: 'in_progress'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '1ee70e53c39b4c7ba859979ff6987d9f'
                        key: {
                            logical_table_name: 'x_eih_integration_run'
                            col_name_string: 'sys_created_on,sys_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1f119a568caf4c5cb0519df4b3472048'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_interval_minutes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1f2631e16964469e85caca66f47538ad'
                        key: {
                            sys_security_acl: '6fd0dbf2b45846279733ad99044e76da'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2006e1d636474047a895f7771ec2676c'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'entries'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '202642ad75ff430987d1b26074ca111c'
                        key: {
                            name: 'x_eih_assignment_rule'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '20f5d69a4f8546cfb3d234391d46df7c'
                        key: {
                            name: 'x_eih_asset'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '21cf145d38f84ab2917b891528dc2d83'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'entries_failed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '21f168d0cc6541eeaedd9a807649a565'
                        key: {
                            sys_security_acl: '633a6c1577b64d499d6bf5dde5def8d9'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '224ef8c9ad8d410ab2e4daeec7e7f2f5'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'vi_creation_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2258212407cd415f9525432c2d0ee62b'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'entries_processed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '22b3bb69759b48b1a7094a26148368a1'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'ci_lookup_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '22c261bd42124138a587f7472ef3d31f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                            value: 'timed_out'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '24223940e21a41be91b9975c046fbf6c'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '246b8f74aca14e33912eef593cee569e'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'assignment_rules_ms'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '248bca43011f4a199c8df7c05d698fe4'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                            value: 'schedule'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2573131128c34f309941d1319e7aea74'
                        key: {
                            sys_security_acl: '2f8efa89cec54e1f85ec9fc275ec2e2e'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '25b47fdc21ae46c3a028b25e2dba98c4'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'metric'
                            value: 'rest_api'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '25b4995406f44df98b8addb64c4559d2'
                        key: {
                            sys_security_acl: '3accc491b6014a8e96725b1e89ddc55b'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '26203bfd2e3347cea0a17905a1b968d3'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'rest_api_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '27d20a096c494f5ba227e59197d0d178'
                        key: {
                            name: 'x_eih_asset'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2863a335166d474f86cbf027a6de7c13'
                        key: {
                            logical_table_name: 'x_eih_asset_sync'
                            col_name_string: 'asset'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '28caca63f4c34ab9ab51a3a142adfa6f'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'group_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '28ffe11b6d044a359c0d55cbab4c6300'
                        key: {
                            sys_security_acl: '139b699007b447478a24a40a572d6d09'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '295ac87c99814c65b7b019b6d79ab3d4'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'vpr'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a4781898318466fb7bfab8e66e42b9e'
                        key: {
                            name: 'x_eih_connection'
                            element: 'access_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2a4b8fc5297942499c6df7ccc0cc363f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2a6319b0de764ff9a870dbffee8e1208'
                        key: {
                            logical_table_name: 'x_eih_daily_latency'
                            col_name_string: 'connector,day,metric'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2b1cedc38cb649e79b2d365613b54e5b'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '2b6f371f52e1495b9203ad2f10d36ef7'
                        key: {
                            name: 'x_eih_integration_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2ba80bd898ef45f28415c3593bed7c78'
                        key: {
                            name: 'x_eih_connector'
                            element: 'next_run_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c16d5ae3f814233aeef533bd73ebe0c'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'plugin_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c3cf43ce968427c85b9410963ae2a9d'
                        key: {
                            name: 'x_eih_connector'
                            element: 'retry_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2c83900fc4534cae97f128855295758d'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cursor_to'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2c883aa7849347e79d574e4d6d2cb1f9'
                        key: {
                            sys_security_acl: 'e83de91aeded4ac097e105da38f78936'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2cdc9aa3a0c5430da22757e939cf1814'
                        key: {
                            sys_security_acl: '14a0d5b106454938b698fb0099695353'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2dad6408bf5446b3b4293fae5aaab864'
                        key: {
                            name: 'x_eih_asset'
                            element: 'mac'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '2e04a3065f4148a49e7153a63ba6d66e'
                        key: {
                            name: 'x_eih_asset_sync'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2e31c78c7ddd490d9afe3cd1a2d1023f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cancel_requested'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e4a5f8203b4436ea32a0b70d1d233c4'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'status_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e7b50885c52413a9778c030423a623f'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2f09a0aec0384fa8bb9aedfe739193ec'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2fb026cf0a6746cb83873e2c6e39ac35'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remote_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2fc0c9efc81f472f920f2e7677601128'
                        key: {
                            name: 'x_eih_asset'
                            element: 'ipv6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3034d65c8333493198494960fe059b47'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'min_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '3036a3f38b6342d69e8853a7a3d0d7cd'
                        key: {
                            name: 'x_eih_assignment_rule'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '308fa09871c149fc91b2a8c540342a04'
                        key: {
                            name: 'x_eih_risk_rule'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '30ee88b7ac574f7ba7055fd845a5bebf'
                        key: {
                            name: 'x_eih_connector'
                            element: 'warning'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30f144849a934f4e86b443b57b9ff432'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'source_ref'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3113a39dd7c54f859eaddb511dd979b3'
                        key: {
                            sys_security_acl: '8f62082cbdc5431b9096e280b1604ed6'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '31687b1b8c5c493e857a046c966f4416'
                        key: {
                            sys_security_acl: '8d8ac56c0eb7445dba9b00a429d98d01'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '31939ef1ebaf49d99a63d485dd2dd09c'
                        key: {
                            name: 'x_eih_asset'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '32124346d32c4dec8b6058de18ed15dd'
                        key: {
                            name: 'x_eih_connection'
                            element: 'suggestion'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3219e00741394e1b97731485ede860ff'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'processing_ended'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '32d1b6d60547484ab02f1b9beb820a1c'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'queue_wait_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '331602f98dfc454d89fb0cd33acd994e'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'adjustment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '33a5d7e3e58e446ebb7ea68e492f1bf7'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '347048a8fff64bb283a1fdd981c5f6b7'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'risk_rules_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3487d583bb1648148a3b78f3d65bb5cc'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'protocol'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '34c6d5aef3984fdf978d1dbf6f87d30f'
                        key: {
                            name: 'x_eih_connector'
                            element: 'health'
                            value: 'unknown'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '36c7bc654c894be6a59b6bd3550e4ee9'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '36ea6c5443d24b27b5a071330075fc76'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'status_code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '36f25d9fbd1843e49d88a558cd976439'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'project_type'
                            value: 'WAS'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '370ad12a6ea143d39846e9c9f878f5a8'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'buckets'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3772e9081d2944df9bd4d0ed463b306c'
                        key: {
                            name: 'x_eih_connection'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '3784069c63e44bc69486d25a30fa4fbe'
                        key: {
                            logical_table_name: 'x_eih_vulnerable_item'
                            col_name_string: 'asset'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '37968e371e0b4f23877a96683022d006'
                        key: {
                            sys_security_acl: 'b54607bad8814baba445bec29643ebce'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '385503e31b9d4e3d94883a66de2b4a71'
                        key: {
                            name: 'x_eih_asset'
                            element: 'criticality'
                            value: 'low'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '38bb281280974ef3a0530d2a38ccfc30'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '3915a178860d4d4da1fa36732464354b'
                        key: {
                            name: 'x_eih_connector'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '39364ca373474eedb58da69be7b77a86'
                        key: {
                            sys_security_acl: '890bec323b59422490fd68d03ebdadb0'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '39a8548bb6864a8d92c9d681903d5606'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3a4b596497d94ab6bb0134bacf3f7fb2'
                        key: {
                            sys_security_acl: '4e2251e4cd82448cac8a9aa926fb9cfb'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3aa11af32bc146218282c7c44db62000'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3adda3442fd64c2ea736ff53d14c487f'
                        key: {
                            name: 'x_eih_connection'
                            element: 'connection_alias'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3afd8e3a4ced409289226870a9cedba2'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_retryable'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3b41b3d53aa14d8da18b7ff3c2b5d981'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                            value: 'create'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '3b80aaaa547445f39abe0e4ec96c59ab'
                        deleted: true
                        key: {
                            logical_table_name: 'x_eih_vulnerable_item'
                            col_name_string: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3ba9b0478a484ec8a4218eb6317a9039'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'plugin_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3bc010a9254943439e77283a84680092'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3be352276c7c4041a43ea4cf189e7f4c'
                        key: {
                            name: 'x_eih_asset'
                            element: 'criticality'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3c56cd910f634dfba290d0c0cd340c87'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                            value: 'disabled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3ce0669885fc4439bbfd42f501d063b2'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'remote_status'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3d6a06f41eea4d4089655b0a7caa099c'
                        key: {
                            sys_security_acl: 'eb98dc0353504ad7be1a050a729444d9'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3d72653d4e0f45b8aa64b83b6cb3a07c'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'mapping_version'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3d9facb960c043fc873839acc3aa2ddb'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3df077c352d0440a80c29c61b6d41eab'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3e1525f100d6452a99884f572e94a72a'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_success_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e754fdeb149489daa3b2549443bbd47'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'assignment_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3e8c5ec52bbc4f87a774c2a6e1e01115'
                        key: {
                            sys_security_acl: '47c289525f6e4fa5b5f84287e408b8d7'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3f5b92d13bea4af0ac99c304965eb041'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'conditions'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f679b7c64f74ffaba33bde8bd3ae8bf'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'buckets'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3f8a9c4f60f742ea8c1f85f466204776'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'last_synced'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3fa77116a8854dd5ad7639c96ded4db0'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4166406db9e64fb793efbba4033d9b02'
                        key: {
                            name: 'x_eih_asset'
                            element: 'netbios'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '419c0c39408040cc9c0a4807a53ed029'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'resume_details'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '41e2b9e48881485584d0adf0b9f1d61b'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'conditions'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '41fabc8fc3af494681aa140af8c120b9'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '423710dbb4fa403fa74c8badb074868f'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'max_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4286de2bfa3c4ece97b609c557dbbd14'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4301c43d85574549ba5eeae080e0b1df'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'samples'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '433dfea9ddd3440a8e8f9e707cbd2059'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'level'
                            value: 'info'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '43cdc1127cfc4614b300ae8a42b171d9'
                        key: {
                            logical_table_name: 'x_eih_asset_sync'
                            col_name_string: 'connector,asset'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '43fd5904676e40fcbae70d4e17f5c9e5'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'adjustment'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '443a81de84654b62a0ac5d0eff3532c0'
                        key: {
                            sys_security_acl: 'bf2da60d84b543fe8cf1d28f94eae575'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4465694f52ba408eaed6617b68b1e2f8'
                        key: {
                            name: 'x_eih_connection'
                            element: 'secret_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4492213635fc46928dacc4b70d06f3fa'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '454b0a2496814f36a12af42c52e8c97e'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '45a94f2678a5427087510ba72190848e'
                        key: {
                            sys_security_acl: '44a9923f693d496793f5723d69b46b6d'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '46357c5c78394d7ea4b228609e6beb13'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '47755105e958425b8916e3fb0be4cc83'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                            value: 'risk_accepted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '47867e46dbc745ad8c244491412e5c95'
                        key: {
                            sys_security_acl: 'af263af7e04f481fa7e7d3824adb3692'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '47b177053dd64aa0b8c2416952e3be67'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '47c9122796fd46cd975455b7849f0f78'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'event'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '47ec40b8c5e34c63a72ba4d4cca7c987'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'day'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '47ece026911749e6bf8e95baf69ca1ce'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remediation_task'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '48038151a566408684c3b08beedc8fc9'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4843bb5d6af34ca78dd13c00419aa33c'
                        key: {
                            logical_table_name: 'x_eih_connector_log'
                            col_name_string: 'sys_created_on,sys_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '48a38347d2ae4b3683495acc8da2480b'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'claimed_by'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '48ef2d7e832f4a7aa65c98f6206d464f'
                        key: {
                            logical_table_name: 'x_eih_import_queue_entry'
                            col_name_string: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '495780846daf447081d0c80d32ac44d8'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '498b559762d242ee910031769b12111a'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'state'
                            value: 'retrieving'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49f6327028b34b86911dffafcbe1c9b8'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_timezone'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a385120c14c4c2b97038e5b3f144d9e'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'processing_started'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a4e818e2ab64dabb4e04554557e0a87'
                        key: {
                            name: 'x_eih_connection'
                            element: 'application'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4adeab9884194a6780e529f8702886d2'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4b95d3b903fd45c5a96db7916234a4ca'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'remote_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4bf0339da7384766a547262afae30834'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'last_fixed'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4c24a4ab48bc4af3abc487aabf1b4e2b'
                        key: {
                            name: 'x_eih_connection'
                            element: 'application'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4c4ac4c20fec4c64b60254c3eafa3051'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                            value: 'high'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4c9d028fb34840558cdf17804fcdf485'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4cb437057b80499a9eeacf677565efa6'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'records_processed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4cf76dc90294459fb38a423872a5d53f'
                        key: {
                            sys_security_acl: '48f25f3457f344d79f1bf14ef2d763b5'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4dc9b4037a1647afa40cdb2fd3999287'
                        key: {
                            name: 'x_eih_connection'
                            element: 'secret_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4dd39ca812d349a4bc2150eb831813c1'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'queue_wait_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e2909700a85474c95a92d7a0cea8ce5'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'records_rejected'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '4e728a3a9840410bb3bfe41e0a6922d4'
                        key: {
                            name: 'x_eih_daily_latency'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4e86a2e0f7344b508e8604f02f7f8a2c'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                            value: 'initiating'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4edb2710688741169d074b775f68c8c0'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f94519b36194ede82c9f98fcd006b04'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4fa4ea0a31d54e35a86c88dff6f97601'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'last_fixed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4fae6e4518ad4b39ab2d0fab5d0369fc'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4ff8601ef33944b0aa5c138bae10582d'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                            value: 'cancelled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '5043b216dfa9468d92d56e95d0e7823e'
                        key: {
                            logical_table_name: 'x_eih_asset'
                            col_name_string: 'tenable_uuid'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '505df42bb6a14164b402915491375d02'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '50ab0a1cca0443fba4a0cb865f35cafd'
                        key: {
                            name: 'x_eih_connection'
                            element: 'platform'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '50aff7be96ad46aaa1f4c6eb3f659dc1'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'plugin_family'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51642ca3ce4f41e59b642b9291dc8af3'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'metric'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '52668e01e24546a586c246c74e5a0a79'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'runs_failed'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '53d0650a44864ef5b960af178c5d3c15'
                        key: {
                            name: 'x_eih_asset_sync'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '545352bad7534ff68cb674d01387cd3b'
                        key: {
                            sys_security_acl: '8c5bea2c70f14aa884b8a969947aec77'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '54abc0f5025d4735ba19bd43e725398b'
                        key: {
                            sys_security_acl: '576698ba8bfb4971a95ee88d8a6db41b'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '54b15fce6ef0469587f103364cf63350'
                        key: {
                            role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                            contains: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55b8c91132384f24830b02a99248ac76'
                        key: {
                            name: 'x_eih_asset'
                            element: 'netbios'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '56a6afc3363a47cba32dff2bb72febd8'
                        key: {
                            sys_security_acl: 'abee85788f7342efa405ca3ccb0f0bf0'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56e071a2591e4d03b319959d159b45b3'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5714ace46abc4692b12c2faeb2813bb9'
                        key: {
                            name: 'x_eih_connection'
                            element: 'updated'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '57309b16d430419cba86482823770229'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5776fe417e064526948d9f15015af3ea'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                            value: 'processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '57bbea43e0514fefa3db084e5ec3ae9e'
                        key: {
                            sys_security_acl: 'ac69922df3d04b18b1e4dfad061b9c43'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57c99a52ad9241a3ae686c1441bb53aa'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5839e504068e4f75921f89cd87b0f3e6'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'max_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '586d1f6f78c44ddc8e33df0faad109d3'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '58a9c25aa52344e1b06887a44b1e7e32'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'remote_status'
                            value: 'OPEN'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '58e08df1ee864d2abe67d1d91e30e8a1'
                        deleted: true
                        key: {
                            logical_table_name: 'x_eih_connector_log'
                            col_name_string: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '58e3ef5fff7f451c85f25d439d204697'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5927062d750346cd88ced2d86419308d'
                        key: {
                            name: 'x_eih_connection'
                            element: 'platform'
                            value: 'tenable_was'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '59ac287637ae44f5b1d5332d826282fc'
                        key: {
                            name: 'x_eih_asset'
                            element: 'criticality'
                            value: 'medium'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5a0512e855d643279e02ca4242207133'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                            value: 'connectivity_test'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5af282fdaf9f4ff0882fcf7a27fedc9e'
                        key: {
                            name: 'x_eih_asset'
                            element: 'criticality'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5af4392c7f8446ddb9baa4737a43c5ac'
                        key: {
                            sys_security_acl: '8af4816aa3754ca4907eb2250f670e6f'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '5b60f546be7d4ba9871adaf7dd08adc2'
                        key: {
                            logical_table_name: 'x_eih_connection'
                            col_name_string: 'name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5c10416e02fc4a6e93c19f6dc08dab8e'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                            value: 'processed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5c398011c8e74900bbc6cedb09698c44'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'queue_processing_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5e6c813d87004d9bb9185f11613a3b21'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5eccb13eeecc43dc9ad1d47f2e29c883'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'plugin_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5eecc61a410f4a08bfb027b4590f65ba'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'output'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5f0c878323dd44c0b3e60ea92080e20f'
                        key: {
                            name: 'x_eih_connection'
                            element: 'sc_password'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '5fa4b9ffa72949f8a031cbebb9de144d'
                        key: {
                            name: 'x_eih.viewer'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5fe986d6d96948a8b10fed2dd7d1a6e7'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6030b21146754c8abb30dbaadf6d7fbb'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '603218ee189e4644a141e15c1439690d'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'state'
                            value: 'complete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '604e4b9b4833458199205db7e058f8d1'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '60ab82cadf6f44b29f381329772ce54d'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'remediation_task_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '60e8665c05b140a7bef40fcab22ffaf2'
                        deleted: false
                        key: {
                            name: 'x_eih/eih-widgets'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '61b9ea6cb5ba47b3a9835062757bcf36'
                        key: {
                            name: 'x_eih_daily_latency'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '625fb4411ce44f33a6263b52747d1109'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_success_cursor'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6303a149739b4278b0febb6e94f8ad6e'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'sync_status'
                            value: 'synced'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '637c8c0de9dc4a7caf83b2870a0e8b5a'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '639a90e2b99b46c58b0a906879752867'
                        key: {
                            name: 'x_eih_vulnerable_item'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '63a97b98481940469d4af691bb8816aa'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'cvss'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '63b438a127f44cf8aa7293f29ce1e351'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'total_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64ceac5d225a435781de55794db6035e'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'buckets'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '64fe9fd960d04e6189fc825816948e3c'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '652c8a3af71a4a9eab8b704f32960397'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'ci_lookup_ms'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '656306c1db94411e9a7dfcf02b81e72e'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                            value: 'identified'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6629b616e31840d8a89f2cc12a303de0'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '662d64f7ea104ab4b7852fe54c9b29ad'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                            value: 'on_demand'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '66f4408975614e2daba793b774a8a9a0'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'project_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '674db6ea67434d0db0447783114ba5e6'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '67cde22a994b48bfb6c6873a5a976f12'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '67dc8869ddcb4390b0a40ffffa091ca2'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cursor_from'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '682df7a7ac1b43aa836cf98cfe4b0d8e'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status'
                            value: 'success'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '688f4d055d99409ea1000d5d8d586ffe'
                        key: {
                            sys_security_acl: '96e4cb26c9a340b5b4b2b9f75ada6f8d'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '697e6e67053143af8687d4d1b7e1d262'
                        key: {
                            sys_security_acl: '552b5ab210844f5da7926680cb7418dc'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '69b226abbf964182acfaea9b65e003e3'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'project_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6a10c414e222433bbda0ef5a2d11a625'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6a687c9d0938487c85912f5a1d01a934'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'mapping_version'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '6aa999eac0484017863d33833e5f8efc'
                        key: {
                            sys_ui_action: '15cddede88994370b1c35e515064c5f0'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6b0b09966e3645cb9759db2a44a8ece1'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                            value: 'weekly'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6b35221e3bbd4571b00f42118ff26256'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'last_record_processed'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6b3db0e027f44d9294bc6039322ca06a'
                        key: {
                            name: 'x_eih_risk_rule'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6bb6aa452c7043d6806a4b21e6cd0231'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'risk_score'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6bbb51ea764b4f26a31d5e288b19a548'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'port'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6bcd379fc3664bc39f8ac1d48902436b'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '6c9e7d83e62348f78f76fd588dc57a8a'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6d32d11504904b05ba0873a7083d5551'
                        key: {
                            sys_security_acl: '9d059d905bd940038a7c669d58eb551a'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ddeb58e19704215923f8715ee500772'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'processing_started'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6e4f002e7c2a4e5a9325af68ce5c478e'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'pages'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6e6d7c3feade47e3a0360d1116d49ad9'
                        key: {
                            name: 'x_eih_connection'
                            element: 'base_url'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '6e82cb1e1f54417aae70cb9676892f39'
                        key: {
                            logical_table_name: 'x_eih_daily_metric'
                            col_name_string: 'connector,day'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6f18c8b20cc941b29aae42bed12d960f'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'vpr'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f41df2e9be3444e9f98307062a494d1'
                        key: {
                            sys_security_acl: 'bd0d7d1625be4f0b81dc4772ae30e148'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6f58812eb3644cfa98c7f2298631307c'
                        key: {
                            name: 'x_eih_connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6f7fc91fdf8c46d3935cd31317628fdf'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6fe3ed2f4d374c8fa6724018f626fb15'
                        key: {
                            name: 'x_eih_integration_run'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '702967214af74420a37106cab2338602'
                        key: {
                            sys_ui_action: '25c74e5dd1a54ce1b8cf6dff1384e81e'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '70511a926a4346a6b5be7ff3952565e2'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'samples'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '707318bf4cb042e5bbf22ebd253d501d'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'ci_lookup_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '70a4291af0ed42f6855dce33eddefb18'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                            value: 'enable'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7114b24d475c4cc7bb80672e8f3710ea'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'external_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7154b38c69db44b79e0f350346c7c9d9'
                        key: {
                            sys_security_acl: '015016888b294996ae73652aa5855a8e'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '718a0fe5e9d24878a9d942a7322d9f7d'
                        key: {
                            name: 'x_eih_connector'
                            element: 'maximum_delay_override'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71a6d8f3206b46129314ba0dc6102590'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'plugin_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71d28df9b4e247b0bcefd70e9c5947fa'
                        key: {
                            name: 'x_eih_connection'
                            element: 'last_tested'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '71d9596ce4c1453d82b1f0842a77e372'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'last_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7324a5d3eb554e1ba9e2b0499d0be3a5'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'records_fetched'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '736d48233a4841388382a8663d824424'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '73876766ac5d4d3a8055df8682d0485e'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'min_ms'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '73f06ae969964753bdeb22ce5e570f4a'
                        key: {
                            sys_security_acl: '002d63c7e40c4d788e996b0e34f3bd5d'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '74fec611eab7454db79c959e5e1a0887'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '764ec690dcef44c693ba99cb0399fa13'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_status_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '765c24a4d065483c9d9d05b0dba142dd'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'retryable'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76c49b9289fc4213bcfd741cdb5d2d04'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'total_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '76cd0f57e6104fcca7baa35ec6deb8fe'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '777899e5f1a349da99128a444fd6532b'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'metric'
                            value: 'queue_processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '77da6e33d4774f02be5233129f827148'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'max_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '78ba25ea47c047c5909afcbff3bc696f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '792b3caaa0174567b31f4c74ffb7709e'
                        key: {
                            name: 'x_eih_connection'
                            element: 'platform'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79967f4e4cde4499bf0218ed2c42a878'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'export_uuid'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7aacf38f875e4362b894d7a78c7df20e'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'queue_wait_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7b021a2793ae4c13b552b3cd187b9a30'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '7b842308b4ee41299af7567088188945'
                        key: {
                            name: 'x_eih_daily_metric'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7bb6ed58a5704c9f81b05eed1e030afe'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_retryable'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7c164863bdbe4919982b8ef474de9cdd'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                            value: 'fetching'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7c8963c85a6a481e9de0893239fb9846'
                        key: {
                            sys_security_acl: 'eff8930b484e46cb9e27200484c5cb55'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7cebe4e67cfa48a9825343b4ca17ac65'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7d4f0fd56f3d4739b41de71153c3fe48'
                        key: {
                            logical_table_name: 'x_eih_status_mapping'
                            col_name_string: 'connector,mapping_version'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7d7a251458bd43929deed5b1f77b671e'
                        key: {
                            logical_table_name: 'x_eih_connector_log'
                            col_name_string: 'created'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e09cd18bb5d418dab2042c127d10347'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_time'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ea6f0bce96b4ade8ba69830753d348f'
                        key: {
                            name: 'x_eih_connection'
                            element: 'sc_password'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f24cd466d504580ae39de62f8c733ea'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_success_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f51e85f93f24bf3bec678eadd93eb86'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f9a432d8d824dc583de5840f9dd5c8a'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f9e283c4af4408ea96160714470c0ba'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cursor_may_advance'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7fbcf3af112e4359baeb2568ab8c768e'
                        deleted: true
                        key: {
                            logical_table_name: 'x_eih_integration_run'
                            col_name_string: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7fd36d6db41d4ec8a0b6b08449a3aa47'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'runs_failed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7fd5982ec9cc4a239c655b1c5d91c575'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'plugin_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7fe81012f88f4da7b4183aa334bc7801'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8046b22f0e2a4486bf301904229d8fc2'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '80764218db7e481691977df9c16ea7ef'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '809a6a0829f34ec585939ee0d637c529'
                        key: {
                            sys_security_acl: 'e9a6da52fdaf4d91aaf080156db3f805'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '80c0f1698b144283a599b79ac26982f0'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remote_state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '813afae5ed9c421bb27c4f2e767899b2'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'metric'
                            value: 'rest_api'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '815549f196a049dab667971284684089'
                        key: {
                            name: 'x_eih_asset'
                            element: 'criticality'
                            value: 'high'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '81699ab0b3844ea3a4768126f192e0a4'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '81b691e149d141458a4fc37b227db3c2'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                            value: 'manual'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8206ef8d1ef4473a94d9d40f2ac767ca'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '82e2c4a8e67f4297b3160383d2596938'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'state'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8330620dca3941edac45894726fee209'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cursor_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '83b5d25aac8b410487a2a3f4ec0d3235'
                        key: {
                            sys_security_acl: '4ff714b7a37e487d8d7791af44c38039'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '83f5239fb51b4aeb9ab764b12ca46ead'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'asset'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8436f0add6344561bca03568ec76e8c5'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'conditions'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '84a7b9133f7847ca887796ac2f434bc5'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'item_count'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '85629e9ab0c4443fa2374153cb9fbc37'
                        key: {
                            name: 'x_eih_daily_latency_total'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '85ebd1b113f945a9b886809e41af77c7'
                        key: {
                            name: 'x_eih_import_queue_entry'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '85f8672c1ff04583b81f710a85dcf5ff'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86012312f976425d8c56b9e4252b2728'
                        key: {
                            name: 'x_eih_connector'
                            element: 'warning'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8605005c86274554be210210182b22d0'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'queued_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '86d7bb7b76cd40908a241b7600ae46c5'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remote_state'
                            value: 'FIXED'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '86dd26b4720d49de9b370bd537eb281c'
                        key: {
                            name: 'x_eih_daily_metric'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '86f41508bbd247a8a08056880517fb4c'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '88455a31d9ce4cb9bc9181ce3cfc2c23'
                        key: {
                            name: 'x_eih_connector'
                            element: 'retry_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '889dfed4b7cf480aa5bd630ad2807e44'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8a76995e2b0c423e96e02ec51645722b'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'token_regenerated'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8aabd4aab5bc44609a47c3ecc04cf6e0'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'sync_status'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8ad1fb76c88d4a06b6ba1ba7c435a9f3'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b499bc5a0124e8eaf03878517df75de'
                        key: {
                            name: 'x_eih_asset'
                            element: 'ipv6'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b5f1ea5c059408e98df5647a7e61700'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8bc1d551b733432fac552b031f66f8c2'
                        key: {
                            sys_security_acl: '3a20d492ddaf42fc99182aa44f94f91a'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8bd37b68f6d14ff3b8884ffef77d2b51'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remediation_task'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c639b6a32444186a6a040f7b7c99754'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c6bad97c0dc42a29c5fbe92ffbfa9d8'
                        key: {
                            name: 'x_eih_connector'
                            element: 'retry_attempt'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c7b23ebb11e4ec4b86481d4284c9651'
                        key: {
                            name: 'x_eih_connector'
                            element: 'maximum_delay_override'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8cd3bcf8f01f4100bc7e9c9a4a1eabea'
                        key: {
                            name: 'x_eih_connector'
                            element: 'max_attempts_override'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '8cea57d40e0e49db9fdc1536ef05ce9b'
                        key: {
                            logical_table_name: 'x_eih_import_queue_entry'
                            col_name_string: 'run,page_no'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d0ec01d21d2480eba38da213a444f60'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'assignment_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8d23a64c1939400aa7fe192d21893c85'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'level'
                            value: 'warn'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8e6918df995a4bbdbf08bbdbf7fe7a53'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'rest_api_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f151ba8f0954014a6ddfd31a36229e1'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'risk_score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8f34e5929f5e47b696e387649f31a50e'
                        key: {
                            sys_security_acl: '29dc5cdb32ef4693954b08b048313e29'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f3aaf84696345cd8bb57c797ecafc89'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '90146594180344e2b04b42765e7191fc'
                        key: {
                            sys_security_acl: '2857ec10a4e644eda3152d61e19affd6'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '91733bad9430475e90258cdf89d2bb0d'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                            value: 'periodically'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '91961ede908a4b4ca4f937954b33126b'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'metric'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '91dd2e3326784231ab4f516352b5bc8d'
                        key: {
                            name: 'x_eih_asset'
                            element: 'fqdn'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9210e800a973418ca6b4b0daf35a5199'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'cvss'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9268bbc749c144fda85b73e8c1a092d1'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                            value: 'fetching'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '929264c8b490445388f57a8dce006082'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'vi_creation_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92a173effee94911a8f46c99f65b9e14'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'last_found'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92e659dc6a9645d58d013a9dc2cbc49c'
                        key: {
                            name: 'x_eih_connector'
                            element: 'severity_filter'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '93352d21a14c417e9dbe655b0e86ac32'
                        key: {
                            name: 'x_eih_status_mapping'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '93441b91aed44cd187795117147f21a5'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'payload_pruned'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9347269289524d0b88ad9678b496257d'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'remediation_task_rules_ms'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9374000517e94354a8b78d3c9817aec0'
                        key: {
                            logical_table_name: 'x_eih_asset'
                            col_name_string: 'ipv4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '93d69bfd6d7a4dfcb86c4ed35dab5947'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '93d98cac37d648fbabbf562e6d145db7'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                            value: 'in_progress'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '949d2c40a63144759f7bd1d694b66a54'
                        key: {
                            sys_security_acl: '13f0a592e79f45f2b6e0d37db49fc76d'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '956ee8f2bc4c47a3a9b2ad9341330850'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'records_processed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '961422cdbb0e4100936ef5670565d91c'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '969adf5fb3fb45f79cd85e8a5b5de834'
                        key: {
                            logical_table_name: 'x_eih_asset'
                            col_name_string: 'hostname'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '96dc7182fb7842ccb64e0311fea007b5'
                        key: {
                            sys_security_acl: '19ee3935258444278a48d20e2c9ab9d8'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '9706dc98ecd34af8b3c925320b1ba231'
                        key: {
                            name: 'x_eih_import_queue_entry'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '975874352f9040d1a48655cac0690035'
                        key: {
                            name: 'x_eih_connector'
                            element: 'time_limit_override'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '977f59fc3efc48d185777329a8a7b550'
                        key: {
                            sys_ui_action: 'ac294634012b4e3bbe2fc15b038b3770'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '97e6b608c09d40f6ba825ae390556bca'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                            value: 'processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '97fa98be4d6143aabdaf4f2253293fde'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '984199e3b8604abbb8875c843cb0a3eb'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_run_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '98a587e0c78641798cbb6bb21cba782b'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'entries_processed'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '98c568c2ba0948ce9bd639066458affd'
                        key: {
                            name: 'x_eih_connection'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '99210789a3ed41eaa1f25d08a60f1b1c'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9959f835ec084392b0d38cf989337b6c'
                        key: {
                            sys_security_acl: '733ff995c9474ceab4e095778d7200dd'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '99ddcb64b1bc4818a16b1d7670e21b44'
                        key: {
                            logical_table_name: 'x_eih_connector'
                            col_name_string: 'sys_created_on,sys_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9a9acf4850214f5b872a8e5a7483fb3b'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9aab074ac10d47a38b1ec57234aa3ded'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9b4075b852724d75b23c72008a90ed6d'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9cc6c6624dd74a87b5a2a0de5f12badd'
                        key: {
                            logical_table_name: 'x_eih_asset'
                            col_name_string: 'sys_created_on,sys_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d37ee540b4048f590f0a92c589fefbd'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_fired_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9d4fbc9cae7d4934b398183d01af42c6'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cursor_may_advance'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9d64e46f7bce4b3ba304a21f20b6725b'
                        key: {
                            logical_table_name: 'x_eih_connector_project'
                            col_name_string: 'connector,project_type,external_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9defa586b2424d3d85b3ba8e3ce9a8a6'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'records_rejected'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9e39bdba67ee4161ad8fd8b440d0bc0a'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9ee8ba25e695419db911c8ccd163ba90'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'max_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9f0fd3665c8d4f208b07e354e2fe81f8'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'source_finding_id'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9f2632dc68584177bc947448de854dd5'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'sync_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9f4140c7865b4011a40feb199af1c91e'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'risk_rules_ms'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9f5b6e3061cb4888b4bfdc8e06a2e945'
                        key: {
                            sys_security_acl: '3e4d7e98ff594b49adb02d61d4a8d28b'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9f72f3be175c4eed9c136071ea8fd9d2'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'plugin_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9fae0ad9ecdf4a48b8fbdb41bb9a3055'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'asset'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9fbc06e80edb4bc0909b425197fb9c34'
                        key: {
                            name: 'x_eih_connector'
                            element: 'health'
                            value: 'healthy'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a17be575e8b74d6e95d42cfcbae3c0d6'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'source_ref'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a1ba493294c249f5853a7b9622355ac5'
                        key: {
                            name: 'x_eih_connector'
                            element: 'max_attempts_override'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a1c4f31ec0984dbe8b61ab07518679cc'
                        key: {
                            sys_security_acl: '5164fc3022794dc099c09412119d2f6d'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a21a0eaecdb64033888e433b60389781'
                        key: {
                            name: 'x_eih_connector'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a223dcf3b83d4c7a8170eba3aad72e4a'
                        key: {
                            name: 'x_eih_connector'
                            element: 'severity_filter'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a22d3e1209d34e56ba4695a1143aea5a'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a27a87d7199c4ea0ac30337bbdb8e9fc'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a2d3801f6df24668bbaa09ab0237e485'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                            value: 'processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a3b6a68d440645639099b89d23f220ea'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'resume_details'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a4338a9103eb45b385825aa57c9e4fdc'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                            value: 'daily'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a51a4c1d9cb546c1b2a4e3c9c2cdfc63'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'page_no'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a56f833833324288854341608a810961'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'first_found'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a57a5c17ed054c3bb182ab6542bc800b'
                        key: {
                            name: 'x_eih_connection'
                            element: 'access_key'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a57f02314fda4803b10047470ad51348'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                            value: 'risk_accepted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a70bcc4042bc4600bc2c5c46f5f1b4a0'
                        key: {
                            name: 'x_eih_connection'
                            element: 'platform'
                            value: 'tenable_vm'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a7330645b0d34526adc04c43dab2c0e3'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'mapping_version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a78617e4c02a40bb995bff95d39e6cb4'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'full_import'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a7c17a16743441ab89e97ec3d611590c'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'run'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a8461f5f454d459c94ea0412919bd8bb'
                        key: {
                            name: 'x_eih_connector'
                            element: 'import_all'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a87814618d4f4d5bb3b9c666bf24a5de'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'records_total'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a8b8c47ee81a48679076d7813a0cb034'
                        key: {
                            sys_security_acl: 'd3a17099a6644714b56bdd0f59a29ab1'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a9701f440f1f4b3fb1ba293414e85a1c'
                        key: {
                            name: 'x_eih_asset'
                            element: 'tenable_uuid'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'aa26651e3fd041c890c40bde809d2e86'
                        key: {
                            logical_table_name: 'x_eih_vulnerable_item'
                            col_name_string: 'sys_created_on,sys_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ab1e46e7ee634c759435183c81728cf5'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                            value: 'timed_out'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ab75e7ee1f5c4fc19536899d02fafb5e'
                        key: {
                            name: 'x_eih_connector'
                            element: 'health'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ab99b3c933b24cd1b779d71dd772a0fa'
                        deleted: true
                        key: {
                            logical_table_name: 'x_eih_vulnerable_item'
                            col_name_string: 'remediation_task'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad4d7a8bee4048dd82287cd33de53fca'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'plugin_family'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ad7a14ac6f8d4bf496472a077062f6ba'
                        key: {
                            sys_security_acl: '214cbd250bdd4dc6a71ac70a10a4c916'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad9d87f5ee634e5c99a9393cc9d12238'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'runs_succeeded'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ada2a988fa6f4efd8d4ebb874d6f7720'
                        key: {
                            name: 'x_eih_connector'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ae0693839f6649b89f1ad888b30b47c2'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'assignment_rules_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae0bb2a8d47743b1a9ea2d5a00bb8fe7'
                        key: {
                            name: 'x_eih_connection'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aee1ad1ef9cd414eac0e6197c368573a'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                            value: 'low'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'af48d15b241641fcbd77efddc631fefc'
                        key: {
                            sys_security_acl: '230621d128c045b5a772dc63af2817ac'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'af541100a2024e5488cb582ca84cd0e4'
                        key: {
                            sys_security_acl: '991423e18b914c4eb909f2ca6788c48f'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af7e775a9fcd4461a86b3bbf5c6214ad'
                        key: {
                            name: 'x_eih_connection'
                            element: 'last_tested'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af893c6fdf354ccd985284036b344fd9'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'sync_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aff6a1e5746b4e23a0fcfaae092ab77a'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'ended'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b05a937b85f84e1f99ee6f1cf879ebf4'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b05fc5b3476c40deb65475351639e15a'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'remote_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b0b443aedefb490b899670c29161248f'
                        key: {
                            name: 'x_eih_connection'
                            element: 'base_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b1675b8f83ca4cd3abcf88e0356d2f7e'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'token_regenerated'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b18b30f328bd4b85a66f5297a19aa6b8'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                            value: 'false_positive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b22786931aaa41c696555932eb4f15d5'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'dedupe_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b235b6e6951e4d1392dde3a630772cee'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b23640f70d074ccebd60316bd6c27779'
                        key: {
                            sys_security_acl: '27808a679411493f80db3b5efd4d595c'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b23a2b56c3ca44ccb2eb557d5b963092'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_success_cursor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b2db57138e9c4f37b5df860fa1866144'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                            value: 'fixed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b3556bbc92f744e7995f979145ddde77'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_run'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'b355c8a281ab498e99685e5f34051118'
                        key: {
                            name: 'x_eih_connector_log'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b362d9f6a59c4d28a3f5f3c11f3647bf'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'records_rejected'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'b40a1bb830774a3f9318e5b4a094a98a'
                        key: {
                            name: 'x_eih_daily_latency_total'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b48b34909bc845d193d80e1785f68bb1'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'project_type'
                            value: 'VM'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b49605c6c27e4a68a843500ae9ecc37e'
                        key: {
                            logical_table_name: 'x_eih_vulnerable_item'
                            col_name_string: 'remediation_task,remote_state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b4d6ec2d393e42a2a09e458baa7de6a7'
                        key: {
                            name: 'x_eih_asset'
                            element: 'criticality'
                            value: 'critical'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b51f716c4d174143bee1bcf5be4423b4'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b52fb9aa114e4aa9900582b5b95e0310'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                            value: 'connectivity_test'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b5762e8558104fdc95486452fd8e901f'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5c889e8acf44612af08ab4e70674d67'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity_modification'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b654c318f70a4693935bf2e2fe2cbca6'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b6b98b97c4774a44974e6f51845f27ed'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'asset'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'b6d8fda2da984a83a8d0803412655d32'
                        key: {
                            name: 'x_eih_connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b707349723dd4d438e3c52ad858abc12'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b72df9479504466e8cc9d1857e744c87'
                        key: {
                            name: 'x_eih_asset'
                            element: 'criticality'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b7ff796207e344b3a228ff74c97fe5a8'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'total_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b852d6bace9e41b1a9e969fca82ed9f0'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'total_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b9122280e318400f985f122f85810857'
                        key: {
                            logical_table_name: 'x_eih_asset'
                            col_name_string: 'fqdn'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b920a0f2cf944b11bf3964244d532523'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'records'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b963188cc168453b8edb9915d3c2341d'
                        key: {
                            logical_table_name: 'x_eih_remediation_task'
                            col_name_string: 'group_key'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ba38be0b0c1445d0b72c3aab43131cc2'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'metric'
                            value: 'queue_processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ba699bbd8b53489eb9d2861a694036a9'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                            value: 'connecting'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ba88df3882c64df38f0ffd73805d9e6c'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'bad5b94aec39494d818b5462196c4013'
                        key: {
                            logical_table_name: 'x_eih_integration_run'
                            col_name_string: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bb915691c5d04667a22ef85ab286a6bd'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'queued_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bbe7d848193e43d5b27f7ca05f7210bc'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcc9acfe33dd46f1bd08e22481fa0487'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'mapping_version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bd13953611b64a959886deda515cc02e'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                            value: 'critical'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd2522df2c5a4b079c84600ee38bbe05'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bd60d65797e746a482e825778674b880'
                        key: {
                            name: 'x_eih_connection'
                            element: 'platform'
                            value: 'tenable_sc'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bdb930d169b142979b476f7f60d99a30'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bdd9170c65df472194038d5a85bb0d6c'
                        key: {
                            name: 'x_eih_connector'
                            element: 'retry_attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'be29388e318e45dda2e8253fa9416c19'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'beb8188fe18a4135bfdf6b73b798277b'
                        key: {
                            sys_security_acl: '4ab9a6187f61455aa95c9bbce5643ae1'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'bed8a6a12ad9436bac9fb4ad6a0fbf69'
                        key: {
                            logical_table_name: 'x_eih_connector_log'
                            col_name_string: 'connector,created'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bedda6c3e30e49dc98623f8f4f4e9edf'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                            value: 'medium'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf0651e63e0240c8bdb33f1212273fa9'
                        key: {
                            name: 'x_eih_connection'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf2269eb20744e499581aed2912b95bb'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'assignment_rules_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf67adc436374fd199b74b34c77c282c'
                        key: {
                            name: 'x_eih_connector'
                            element: 'health'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bfa0b2a8446a48fc966aeb0e4e6d3c5a'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bfac5e4e72ce4730931b73b3b7e317bd'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'records'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'c0259ed0513a4b58bb65b1a1d768621e'
                        key: {
                            name: 'x_eih_remediation_task'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c0902d4e75b248cf95993f857a2fe340'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'entries_failed'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c110bc94d6d844e38dc3c4bc0d86ac65'
                        key: {
                            name: 'x_eih_connection'
                            element: 'sc_username'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c1daf50e645b411599c3c104038ba079'
                        key: {
                            name: 'x_eih_connector'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c25d95ac0f7c4210a2da6ce18148f52c'
                        key: {
                            sys_security_acl: '9f8aaf35a46847e2ad16239249a0b902'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c2d9bc9c8574490ab1d46f9a410786c1'
                        key: {
                            logical_table_name: 'x_eih_daily_latency'
                            col_name_string: 'day'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c37dbb721956439ab642190886b9a209'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c44c926fd87c497c935771da3a1dbb4f'
                        key: {
                            name: 'x_eih_asset'
                            element: 'mac'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c4b3997894594151b88ff829bcec8c55'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c5d1b9bf26514a4896c05de45007a1b2'
                        key: {
                            logical_table_name: 'x_eih_daily_metric'
                            col_name_string: 'day'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c5d9816853d44930be4de272494fd040'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'records_fetched'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c5f1fe5720f44a6d9f798b26f05c1c8b'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c605bcb648674c589c8857f89cc9cb48'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c6ada2cfbf38422f8e6624fa87614712'
                        key: {
                            name: 'x_eih_connection'
                            element: 'platform'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c6de9a7c341a4e1285fa781488918549'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c783cd3ba888480c971ef0a11bab847f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                            value: 'catch_up'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c7891cb036e3481dbff45bf13b26b14a'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'day'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c7e442c6bec54bedb30da9c63f15344d'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c7ef50e3da064786989115eb3c26014e'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'queue_processing_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c8578d2807c7424ba7085c010c31d721'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c86358071d6e4d6baa51335257af1b23'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'remediation_task_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c86ad3cb857147b4842ae16ef6df8909'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'records_processed'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c882110a5f6e4b329c9008aa7ece8395'
                        key: {
                            name: 'x_eih_asset'
                            element: 'ipv4'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c9a04fc37d1e44b394e1c480bc46676f'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'payload_pruned'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c9cd82ae898b443daaec26e2f3234fb1'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                            value: 'deleting'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ca4f255695e84163a97cdaaf84235fec'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'level'
                            value: 'debug'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cab6cb947feb45daa763191f50be3451'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'connector'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cad10e356f094881bf0ffbc0ae2fed60'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_run'
                            value: 'monthly'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cb8452bd4b774913ab7706a108af73c2'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'records_total'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cba6d668b1b442099c4b51794e756b75'
                        key: {
                            name: 'x_eih_connection'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cbe0e9e5ac2d415ca7df715a48032329'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'retryable'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cbf26f34310c430882ad4fa3f946f231'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'port'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd018e3dc87f43e1b72c922ddf2a4607'
                        key: {
                            name: 'x_eih_connection'
                            element: 'connection_alias'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd0c412cdc464b11973fe46d3b3da338'
                        key: {
                            name: 'x_eih_connector'
                            element: 'project_types'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd0efee843844af1852eab1d2b79d9b7'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'last_found'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd3e40673e2942b9afdecb7fe972a7b4'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ce6e2c5baef24a10bcc36a46171dbbb2'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                            value: 'normalizing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce846ac95be54b7f9ac6200008811ddc'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ce85ba1bed964874bb03da52bea37187'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'cursor_to'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cea560da5bca4bbda15c5cc1efca28a1'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ceb8e60691cf4bd09f493fb0300f455e'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity_modification'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cf29a7262db54367a245dcf6be42c2c1'
                        key: {
                            sys_security_acl: '5a63624010244127812fdb1b337d8a8c'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cf5c39bdd9f94061aff2001e5784a141'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cf7cf57a7e3b4abda027099dbc886014'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                            value: 'false_positive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd03610eddcf14dbe89ac0cc4c998be56'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd066f02240a34f5484f658eb6b8f9d96'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'state'
                            value: 'processing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd08f9275e25044859b755ac3a2f94677'
                        key: {
                            name: 'x_eih_connection'
                            element: 'sc_username'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd0eeae013aac4fe7a9f2dfa5036def4c'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd0fce03d56c54a78b3336dedc0fa1b74'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'min_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd137cc332aa040c487d1ca8db92c3ac0'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_interval_minutes'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd2dba0fe695b498790b2561fd1ea37f8'
                        key: {
                            name: 'x_eih_connection'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd2fda327e63349f3ac9d480b92415d64'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'remediation_task_rules_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd371af306f7e48f1b1c472229635f154'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd49c42d593e54ec7878ac1342285d312'
                        key: {
                            name: 'x_eih_connector'
                            element: 'import_all'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd4c2792c293142b1a3e4b7bf8bbd8e50'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'project_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd4c93e343b3040e3b3b4bbfd6455a965'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'output'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd4e3cbe6b6344545ab11c3bc3489b837'
                        key: {
                            sys_security_acl: '807be13a9fbc484fad593851a1543596'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd4fd631bab30493c873ce77832ffb625'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd5652c864f5742abaf45a19d07f988c5'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'buckets'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5c461a75fdc4c86a6e2b277744c5ff4'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5cfc1691c08409fa6e41e976ddb253a'
                        key: {
                            name: 'x_eih_asset'
                            element: 'os'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd5de4f4e7ad64e91a9a1a32fe53b8033'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'last_run'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd5df2c59f1e9446fb8668464890017fc'
                        key: {
                            sys_security_acl: '56f8b451845942638494c0f8cdd6b0c2'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5f100e3230c449484a882e3c0f1fb94'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5f84332b25645d482a522d9c0d6a646'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'last_record_processed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd6ab75567bd745bcb639c0aafd85a88c'
                        key: {
                            name: 'x_eih_asset'
                            element: 'os'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd6c88f34428f4ff1bfd043b8dde33c74'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'export_uuid'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd70f18cea2b84062b10dd79a6e8f8587'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'short_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd74ec7f42e3a4474b2b8c9d77a85d391'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                            value: 'initiating'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd754364d9e9543abad05db10637c9cab'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'sync_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7c0ba843e134e98b5e9673dc737dd50'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd7e28256f88143d39ae7ebf0d610e36a'
                        key: {
                            sys_security_acl: 'b375ea84321f41698ee263c2deefff6e'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd7f40a5a1b604b9b8575ce28e12e4528'
                        key: {
                            sys_security_acl: '2bf5e32b5d21446c904ded4644ed6ea3'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8068fb43ccf4adfb15bacf5b08cee90'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd811d8a5d0f04dfd9b229532447dfc0f'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remote_state'
                            value: 'REOPENED'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd8939a0f9fda4fc69a78502a7d796de4'
                        key: {
                            name: 'x_eih_connector'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8ba9a9749f840e1b049dce9f12d88b1'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'queue_wait_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'dac76939b90d434b8a9eb2003e465133'
                        key: {
                            logical_table_name: 'x_eih_integration_run'
                            col_name_string: 'connector,started'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'db2f0e108e1d495f86c00b7cf4be61b9'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dc752ddef35a4f77bdb1b306688de711'
                        key: {
                            sys_security_acl: '1b30131fd67944ccb1d1b7e20b28d771'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'dc870c447696427393004560a66b1c3f'
                        key: {
                            sys_ui_action: '19416a4093374ab5ae6cc75fefc42a5d'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dcac2857e79b4857ba370fe0da0ab6ec'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                            value: 'retry'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dce27a17efb24039b7f5358116dc1170'
                        key: {
                            name: 'x_eih_asset'
                            element: 'hostname'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'dce6f497e80e4a8a8643825d26802c0a'
                        key: {
                            logical_table_name: 'x_eih_risk_rule'
                            col_name_string: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dd149e6c4c4047f981839209bd1a17fe'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd2773edd67347558772738b9ff962a6'
                        key: {
                            name: 'x_eih_connector'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dd9fd30e776c4e13a500c13b2fb33726'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'de8b7f82ec474472a2c550831d85d0bb'
                        key: {
                            name: 'x_eih_daily_latency'
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dea52766d25140d0a1389096c1d04be6'
                        key: {
                            name: 'x_eih_connector'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'deb4de8e9a6b4e17b980f0188f40df2d'
                        key: {
                            name: 'x_eih_connection'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dec712727bd044a6a7194bc9945eb3b2'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'group_key'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'df2f6f84577e44428d1aadb5a088dfbc'
                        key: {
                            sys_security_acl: 'e3a4c0ba93174cccbc98b17ca3d99651'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'df918e43ea144bdcbe9a9d31e8f4e8ac'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_run_status'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e0518ecb37c140dd8e334cb9aaa4f97c'
                        key: {
                            logical_table_name: 'x_eih_integration_run'
                            col_name_string: 'started'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e0a1bfdc7fa84060b614d829654fcf68'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'run'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e1f3b2089d484900aeba96235a12041f'
                        key: {
                            sys_security_acl: 'fa0b19c7e46c4fb0ac19ca89b3347761'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e2455f4ac2674c319a24129c4b1a152b'
                        key: {
                            name: 'x_eih_connector'
                            element: 'last_fired_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e262554f503e4c38acaabbe6018cad8c'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'rest_api_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e306a13c6e19454c9f48fd3707935a03'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e3c901c3aa7d43bf9afe898e8cba5294'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e491a498ad744655b973ed5e11905b5b'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'substate'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e4b6506127cd419cbeddf36bbde63446'
                        key: {
                            logical_table_name: 'x_eih_assignment_rule'
                            col_name_string: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e50f120e5ffd4174890d08fc92cb5c9d'
                        key: {
                            name: 'x_eih_connector'
                            element: 'notes'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e57bdd54ebef4c959e00e5ee1ed0b116'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'full_import'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e5bee4686cec4e1a8e109e51d84236c5'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'local_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e6c72128a9b742f39e0dd17aad100b90'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'remote_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e7a7115bddc743878b9d62ed6c793565'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'event'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e7fe722658ae4d37945fe6935ab2d41e'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e83f626d0b9849108f8de9ba6423185a'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e8560020bf584568b53d3058595a6d09'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e8fe1b7e6683460eb5a10e104affc8bd'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'queue_processing_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ea64c2a1154c4d858c93fe8ffc7fc9ad'
                        key: {
                            sys_security_acl: '81dfb03721a94660aa02daedb2665dad'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ea7730dfa1674ecea5282dd1de79f386'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'level'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'eaa09a934953429081c073cbf1e84d87'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'remote_status'
                            value: 'FIXED'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eb2a179f322a4ed8842de09870a593cd'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'repository_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eb3507d24e6e488f9bf982b8a83f7810'
                        key: {
                            name: 'x_eih_asset'
                            element: 'tenable_uuid'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'eb36d8bd370d43e6bbac27a3af002916'
                        key: {
                            logical_table_name: 'x_eih_connector'
                            col_name_string: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eb417a1d7e4c4b6091f208fd14de671f'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'last_synced'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ec83a918b6574b9cadccd43b6b9530bd'
                        key: {
                            logical_table_name: 'x_eih_connector'
                            col_name_string: 'connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ece880e9e2b04185b575c70c3425f597'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'created'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ed5cd0726fc14a8597b39d981d73be02'
                        key: {
                            name: 'x_eih_connector'
                            element: 'status'
                            value: 'retrying'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ed69eb8596f7441983cc51e179689a7d'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ed749bfc3de24041a897d4a6b3e9c777'
                        key: {
                            sys_security_acl: '667f33abebea40eb8e86923cfb9be5bb'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'edcddd5a998f43d8b58cc3f67640d013'
                        key: {
                            name: 'x_eih_connector'
                            element: 'health'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eea2548f4ba948d396f25aee0b08eb8d'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'vi_creation_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ef589c23cb0646729ed59c9350733a2f'
                        key: {
                            name: 'x_eih_assignment_rule'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ef5f517392af46eda6fe3d8656d1871a'
                        key: {
                            name: 'x_eih_connector'
                            element: 'project_types'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0326b32970d429c8b3592b5846eccf7'
                        key: {
                            name: 'x_eih_asset'
                            element: 'fqdn'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f0401cdfbccb4d68a17972acd75311b4'
                        key: {
                            sys_security_acl: '7dbd1a02817b4f2fa71e47c831db5ef4'
                            sys_user_role: {
                                id: '5fa4b9ffa72949f8a031cbebb9de144d'
                                key: {
                                    name: 'x_eih.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f0c0fc7c7cb04265943de1ba19257f19'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'vi_creation_ms'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f0edd2042f81495296d2bb09fcd307aa'
                        key: {
                            name: 'x_eih_connector_project'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f10e89388b6541f08095734e74e66e2f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f152daa40ed34308a9d86f14eafac3c8'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'entries'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f16b8a24f32a41f98bb524204277241b'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'trigger'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f1dcdd664fb841a28e7ae4bae9b192c6'
                        key: {
                            name: 'x_eih_risk_rule'
                            element: 'conditions'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f1f821bbf1a74cf4ab81d1e53bb98278'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f2116aaf137849b2b7c88749e583ab50'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'day'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f224575be23d4b4c9fbc05b88663bc71'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_day'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f2681cd083d945bfb309ea9a73dbf5b9'
                        key: {
                            name: 'x_eih_connector'
                            element: 'schedule_timezone'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f2e221fec8c145e8b53892bd5599d608'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'severity'
                            value: 'info'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3e764a02b5f4ed8a35caaf80fda718d'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'page_no'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f464df51c9054618b7574818d122e670'
                        key: {
                            name: 'x_eih_status_mapping'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4c2aac3809547e6b509e92a44a1f72d'
                        key: {
                            name: 'x_eih_connector_project'
                            element: 'external_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4e86d16b6c241fd9659b2704a2f9c6a'
                        key: {
                            name: 'x_eih_daily_latency_total'
                            element: 'day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f54a0b7b7db4495698c9ba9bfc442ad3'
                        key: {
                            name: 'x_eih_remediation_task'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f5b2d86e3600495798b85e8b3a2d2a0c'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'asset'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f5e94ffac87b430f98d24fcffe7452c0'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'runs_succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f63f160ebc5d47cc8b8a755a6b66e76c'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'cve'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f64928566520481297948dca2b2a4e9b'
                        key: {
                            sys_security_acl: 'cf0bd72c86e44388a52484c93f35e819'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6bb3b59287a4daaab36782df857b604'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'url'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                        key: {
                            name: 'x_eih.admin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f78a254eebba4e33bac019503309ebcf'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'rest_api_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f796026f6cb4460ebf6c872eca476f59'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'stage'
                            value: 'normalizing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f7fb438d77324c7cae4150619ff9b97e'
                        key: {
                            sys_security_acl: '99a23f2e69494f80877dc70213db2140'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f8632daad31c4a9b883158f3ab2c4cd7'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'started'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f89875f20181453497f1442be4b82a12'
                        key: {
                            sys_security_acl: 'e31c2e67d4234e1296bd3b052caf5965'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f8e17b0c8c984ecfbad2b1aa630ea6f4'
                        key: {
                            sys_security_acl: '13cbf27494e047d189480af10ee7136f'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f9097f02c48b4668a89e52854a49859d'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f946705ae57e43a9a2141aa1351c48b8'
                        key: {
                            name: 'x_eih_connector'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f95125d1dd074193ae32206911ca76c1'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'assignment_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f985b34c67c9426c8dcbc7ad84a56dfe'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'planner_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fa539b5a7da74367b65aed04dbdf5f2d'
                        key: {
                            name: 'x_eih_asset'
                            element: 'ipv4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fa6725115cf54c87be97f7c9c674487c'
                        key: {
                            name: 'x_eih_connector_log'
                            element: 'level'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fa9176f79fde4784b47992f0eeb3ff44'
                        key: {
                            name: 'x_eih_daily_metric'
                            element: 'ci_lookup_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc0dfc0c758c4211b706aafefb16dd61'
                        key: {
                            name: 'x_eih_import_queue_entry'
                            element: 'vi_creation_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fc12609c3c4b45c9af369f24929813ec'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_status_code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fcd9530fe596439b9876884c767b99f6'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'local_status'
                            value: 'fixed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fcee9c7319a7468d8588cbab9a58fa3e'
                        key: {
                            name: 'x_eih_asset_sync'
                            element: 'sync_status'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fd1ee8fdacfb466ba8906ccfa14ef21e'
                        key: {
                            name: 'x_eih_connection'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fdc0e402b12d42c7b0490208e4da33b0'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'remediation_task_rules_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fe0dff0c026140ffa0d1bc2705172823'
                        key: {
                            name: 'x_eih_vulnerable_item'
                            element: 'connector'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'fe9dcf157a3f431fa137c36f359c4767'
                        key: {
                            name: 'x_eih_remediation_task'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ff0c419dcba14ff3806bf210d8935301'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff10c549b74647db89da74964afd029f'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'remediation_task_rules_ms'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'ffa2d42573e844fc928c0d53d286142e'
                        key: {
                            name: 'x_eih_connection'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ffb1d0fdb78542fe8c3ab8d8e5c23f10'
                        key: {
                            sys_ui_action: 'ca6f8d6c7d704f3884964938d75becf9'
                            sys_user_role: {
                                id: 'f6eeef0a0a5e4c5aaf4bc40959132b43'
                                key: {
                                    name: 'x_eih.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'ffb4955cde144ec19bb741c4fd6b17e9'
                        key: {
                            name: 'x_eih_integration_run'
                            element: 'failure_stage'
                        }
                    },
                ]
            }
        }
    }
}
